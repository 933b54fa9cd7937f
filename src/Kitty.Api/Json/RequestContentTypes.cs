using Kitty.Abstractions.Errors;
using Microsoft.Net.Http.Headers;

namespace Kitty.Api.Json;

/// <summary>Which request content types each kind of body accepts.</summary>
internal static class RequestContentTypes
{
    /// <summary>The client sends the non-standard <c>application/json+merge-patch</c>; the RFC spelling and plain JSON work too.</summary>
    public static readonly string[] MergePatch = ["application/json+merge-patch", "application/merge-patch+json", "application/json"];

    /// <summary>Whether a body of this content type is JSON (a missing content type is taken as JSON).</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? string.Empty;
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/json+merge-patch", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a PATCH body of this content type is accepted (a missing content type is taken as JSON).</summary>
    public static bool IsMergePatch(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(contentType, out var media)
            && MergePatch.Contains(media.MediaType.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase);
    }

    public static void RequireJson(string? contentType)
    {
        if (!IsJson(contentType))
        {
            throw new KittyException(KittyError.ValidationError, $"Content-Type '{contentType}' is not supported; send application/json");
        }
    }

    public static void RequireMergePatch(string? contentType)
    {
        if (!IsMergePatch(contentType))
        {
            throw new KittyException(KittyError.ValidationError,
                $"Content-Type '{contentType}' is not supported; send one of {string.Join(", ", MergePatch)}");
        }
    }
}
