using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Rtm;

/// <summary>The realtime API's paths: the hub and its HTTP companions (sessions, uploads).</summary>
internal static class RtmPaths
{
    public const string Hub = "/rtm";
    public static readonly PathString HubPath = Hub;
    public static readonly PathString Sessions = "/rtm/sessions";

    /// <summary>The hub endpoint and its negotiate/transport paths (where the token may come in the query).</summary>
    public static bool IsHub(PathString path) =>
        path.Equals(HubPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/rtm/negotiate");

    /// <summary>The plain HTTP endpoints under /rtm, which answer ApiError bodies.</summary>
    public static bool IsHttpApi(PathString path) =>
        path.StartsWithSegments("/rtm") && !IsHub(path);
}
