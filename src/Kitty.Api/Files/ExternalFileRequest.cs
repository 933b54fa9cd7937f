using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Api.Json;

namespace Kitty.Api.Files;

/// <summary>A file that lives elsewhere (CreateExternalFileProperties): all four fields required.</summary>
public sealed record ExternalFileRequest(string Url, string Name, string ContentType, long Size)
{
    internal static FileProperties Parse(JsonElement body, string prefix = "")
    {
        var url = body.RequiredString("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw KittyException.Invalid($"'{prefix}url' must be an absolute http(s) URL");
        }

        return new FileProperties(
            FileType.EXTERNAL,
            url,
            body.RequiredString("name"),
            body.RequiredString("contentType"),
            body.RequiredLong("size", minimum: 0));
    }
}
