using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Hal;

/// <summary>Builds absolute URLs against the base (scheme, host, path base) of the current request.</summary>
internal sealed class ApiLinks(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public static ApiLinks For(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}");

    /// <summary>The absolute URL of a path of this server.</summary>
    public string Href(string path) => BaseUrl + path;

    public Link To(string path) => new(Href(path));

    /// <summary>Makes a server-relative URL (one starting with a single '/') absolute; leaves others as they are.</summary>
    public string Absolute(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? BaseUrl + url : url;
}
