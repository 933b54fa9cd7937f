using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Hosting;

/// <summary>The path prefixes this library owns; its middleware leaves every other request alone.</summary>
internal static class KittyApiPaths
{
    public static readonly PathString Platform = "/v1";
    public static readonly PathString OAuth = "/oauth";
    public static readonly PathString Files = "/files";
    public static readonly PathString Avatars = "/avatars";

    public static bool IsOwned(PathString path) =>
        path.StartsWithSegments(Platform) || path.StartsWithSegments(OAuth)
        || path.StartsWithSegments(Files) || path.StartsWithSegments(Avatars)
        || Rtm.RtmPaths.IsHttpApi(path);

    public static bool RequiresBearer(PathString path) => path.StartsWithSegments(Platform);
}
