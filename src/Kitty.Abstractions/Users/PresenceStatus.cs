namespace Kitty.Abstractions.Users;

/// <summary>The presence status strings of the Platform API.</summary>
public static class PresenceStatus
{
    /// <summary>Online and reachable (the default while connected).</summary>
    public const string Available = "AVAILABLE";
    /// <summary>Offline.</summary>
    public const string Unavailable = "UNAVAILABLE";
    /// <summary>Online, asks not to be disturbed.</summary>
    public const string DoNotDisturb = "DO_NOT_DISTURB";
    /// <summary>Online but shown to others as offline.</summary>
    public const string Invisible = "INVISIBLE";

    /// <summary>Whether <paramref name="status"/> is one of the statuses a user may choose.</summary>
    public static bool IsKnown(string status) =>
        status is Available or Unavailable or DoNotDisturb or Invisible;
}
