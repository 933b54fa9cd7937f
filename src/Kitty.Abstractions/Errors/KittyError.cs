namespace Kitty.Abstractions.Errors;

/// <summary>
/// The one error vocabulary of Kitty. Names are those of the Platform API (§3) and the client SDK (§2);
/// the REST layer and the hub filter turn them into their documented wire shapes.
/// </summary>
public enum KittyError
{
    /// <summary>A generic client error (400).</summary>
    ClientError,
    /// <summary>A missing or invalid field, unknown enum value or malformed body (400).</summary>
    ValidationError,
    /// <summary>The addressed resource does not exist in the caller's application (404).</summary>
    ResourceNotFoundError,
    /// <summary>A unique name is already taken (400).</summary>
    DuplicateResourceError,
    /// <summary>The user is not a member of the channel (400 on REST, typed on the hub).</summary>
    NotAChannelMemberError,
    /// <summary>The channel does not accept invites (direct channels) (400).</summary>
    ChannelNotInvitableError,
    /// <summary>Moderators exist only in group channels (400).</summary>
    CannotAddModeratorToChannelError,
    /// <summary>The operation is not allowed in the entity's current state (400).</summary>
    InvalidOperationError,
    /// <summary>The caller may not do this (403 on REST, 401 for session starts).</summary>
    AccessDeniedError,
    /// <summary>The request body is larger than the configured limit (413).</summary>
    PayloadTooLargeError,
    /// <summary>Only public channels can be joined without an invitation (400).</summary>
    ChannelNotPubliclyJoinableError,
    /// <summary>Too many calls; retry after the cool-off duration (429).</summary>
    RateLimitedError,
}
