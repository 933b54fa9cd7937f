using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Creates a named (<c>STANDALONE</c>) thread in a channel the user is a member of. Send to it with
    /// <see cref="SendMessageRequest.ThreadId"/>; follow it with <see cref="SetChatSessionThreadAsync"/>.
    /// Reply threads need no creating: reply with <see cref="SendMessageRequest.ReplyToMessageId"/>.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="name">The thread's name.</param>
    /// <param name="properties">Custom properties (a JSON object), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ChatThread> CreateThreadAsync(long channelId, string name, JsonElement? properties = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return InvokeAsync<ChatThread>("CreateThread", cancellationToken, channelId, new { name, properties });
    }

    /// <summary>Lists a channel's named threads, oldest first.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<ChatThread>> ListThreadsAsync(long channelId, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<ChatThread>>("ListThreads", cancellationToken, channelId, page);
}
