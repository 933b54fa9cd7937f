namespace Kitty.Api.Rtm.Connections;

/// <summary>
/// How long a realtime connection's lease lives without renewal (section <c>Kitty:Presence</c>, the same
/// setting the user grains expire leases by, so one knob bounds how long a dead node's users stay online).
/// The node renews every third of it.
/// </summary>
public sealed class ConnectionLeaseOptions
{
    /// <summary>The configuration section, shared with the grains' presence options.</summary>
    public const string SectionName = "Kitty:Presence";

    /// <summary>The lease duration; at least three seconds.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
