namespace Kitty.Grains.Options;

/// <summary>How long a realtime connection counts as alive without its node renewing it (section <c>Kitty:Presence</c>).</summary>
public sealed class PresenceOptions
{
    public const string Section = "Kitty:Presence";

    /// <summary>A connection whose lease is not renewed within this time is closed and its user may go offline.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
