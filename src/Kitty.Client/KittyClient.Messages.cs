using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Sends a message. Without a <see cref="SendMessageRequest.ClientMessageId"/> the client makes one (see
    /// <see cref="KittyClientOptions.GenerateClientMessageIds"/>), so sending the same request again after a lost
    /// answer returns the original message instead of a copy.
    /// </summary>
    /// <param name="request">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var idempotent = request.ClientMessageId is null && _options.GenerateClientMessageIds
            ? request with { ClientMessageId = Guid.NewGuid().ToString("N") }
            : request;
        return InvokeAsync<Message>("SendMessage", cancellationToken, idempotent);
    }

    /// <summary>Sends a text message to a channel.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="body">The text.</param>
    /// <param name="properties">Custom properties (a JSON object), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Message> SendMessageAsync(long channelId, string body, JsonElement? properties = null, CancellationToken cancellationToken = default) =>
        SendMessageAsync(new SendMessageRequest(ChannelId: channelId, Body: body, Properties: properties), cancellationToken);

    /// <summary>
    /// Lists messages newest first (<see cref="PageRequest.Before"/> = the <see cref="Page{T}.Next"/> cursor
    /// for older ones); with <see cref="PageRequest.After"/> = a seq, a channel's messages after it, oldest first.
    /// </summary>
    /// <param name="request">Which messages.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<Message>> ListMessagesAsync(ListMessagesRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<Message>>("ListMessages", cancellationToken, request);

    /// <summary>Changes the body of one of the user's messages.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="body">The new text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Message> EditMessageAsync(long messageId, string body, CancellationToken cancellationToken = default) =>
        InvokeAsync<Message>("EditMessage", cancellationToken, messageId, new { body });

    /// <summary>Changes the properties of one of the user's messages.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="properties">The properties to set (a JSON object).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Message> UpdateMessagePropertiesAsync(long messageId, JsonElement properties, CancellationToken cancellationToken = default) =>
        InvokeAsync<Message>("UpdateMessageProperties", cancellationToken, messageId, properties);

    /// <summary>Deletes one of the user's messages for everyone.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message as it was.</returns>
    public Task<Message> DeleteMessageAsync(long messageId, CancellationToken cancellationToken = default) =>
        InvokeAsync<Message>("DeleteMessage", cancellationToken, messageId);

    /// <summary>Relays the current input text to the channel or thread (typing indicators follow from it).</summary>
    /// <param name="request">Where and what.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Keystrokes> SendKeystrokesAsync(KeystrokesRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<Keystrokes>("SendKeystrokes", cancellationToken, request);
}
