namespace Kitty.Client;

/// <summary>Error names a <see cref="KittyClientException"/> can carry (the protocol may add more).</summary>
public static class KittyErrorNames
{
    /// <summary>A missing or invalid field, or an input over a limit.</summary>
    public const string ValidationError = "ValidationError";
    /// <summary>The addressed resource does not exist.</summary>
    public const string ResourceNotFoundError = "ResourceNotFoundError";
    /// <summary>The user is not a member of the channel.</summary>
    public const string NotAChannelMemberError = "NotAChannelMemberError";
    /// <summary>Only public channels can be joined without an invitation.</summary>
    public const string ChannelNotPubliclyJoinableError = "ChannelNotPubliclyJoinableError";
    /// <summary>The channel does not accept invites.</summary>
    public const string ChannelNotInvitableError = "ChannelNotInvitableError";
    /// <summary>The operation does not apply, e.g. hiding a group channel or opening a direct channel with a user who blocked you.</summary>
    public const string InvalidOperationError = "InvalidOperationError";
    /// <summary>The user may not do this, or may not start a session.</summary>
    public const string AccessDeniedError = "AccessDeniedError";
    /// <summary>Too many calls; see <see cref="KittyClientException.CoolOffDuration"/>.</summary>
    public const string RateLimitedError = "RateLimitedError";
    /// <summary>The server could not be reached or the connection is closed (client-side).</summary>
    public const string ConnectionError = "ConnectionError";
    /// <summary>The server answered something the client could not understand (client-side).</summary>
    public const string UnknownError = "UnknownError";
}
