using System.Globalization;
using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Wire;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    private Uploads Uploads => new(_http, BaseUri, _sessions.TokenAsync);

    /// <summary>Uploads a file and sends it as a message to a channel (it comes back as a <c>HOSTED</c> file).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The MIME type.</param>
    /// <param name="groupTag">An optional tag grouping messages.</param>
    /// <param name="properties">Custom properties (a JSON object), or null.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task<Message> SendFileMessageAsync(
        long channelId, Stream content, string fileName, string contentType,
        string? groupTag = null, JsonElement? properties = null, CancellationToken cancellationToken = default) =>
        Uploads.PostAsync<Message>(string.Create(CultureInfo.InvariantCulture, $"rtm/channels/{channelId}/messages/file"),
            content, fileName, contentType, groupTag, properties, cancellationToken);

    /// <summary>Uploads a new display picture for the current user.</summary>
    /// <param name="content">The picture's bytes.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The MIME type, e.g. <c>image/png</c>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public async Task<CurrentUser> UploadDisplayPictureAsync(
        Stream content, string fileName, string contentType, CancellationToken cancellationToken = default) =>
        CurrentUser = await Uploads.PostAsync<CurrentUser>("rtm/me/display-picture", content, fileName, contentType, null, null, cancellationToken);
}
