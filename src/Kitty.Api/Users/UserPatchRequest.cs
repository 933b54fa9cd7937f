using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;

namespace Kitty.Api.Users;

/// <summary>The body of <c>PATCH /v1/users/{id}</c> (ChatUserPropertiesPatch, a JSON merge-patch).</summary>
public sealed record UserPatchRequest(string? DisplayName, bool? IsGuest, PresencePatchRequest? Presence, JsonElement? Properties)
{
    internal static UserPatch Parse(JsonElement body)
    {
        var status = body.OptionalObject("presence")?.OptionalString("status");
        if (status is not null && !PresenceStatus.IsKnown(status))
        {
            throw KittyException.Invalid(
                $"'presence.status' must be one of {PresenceStatus.Available}, {PresenceStatus.Unavailable}, "
                + $"{PresenceStatus.DoNotDisturb}, {PresenceStatus.Invisible}, not '{status}'");
        }

        return new UserPatch(
            body.OptionalString("displayName"),
            body.OptionalBool("isGuest"),
            status,
            body.OptionalObjectJson("properties"));
    }
}

/// <summary>The presence part of a user patch.</summary>
public sealed record PresencePatchRequest(string? Status);
