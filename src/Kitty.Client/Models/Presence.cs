namespace Kitty.Client.Models;

/// <summary>A user's presence: a status string (<c>AVAILABLE</c>, <c>UNAVAILABLE</c>, <c>DO_NOT_DISTURB</c>, <c>INVISIBLE</c>) and whether they are online.</summary>
/// <param name="Status">The status the user chose.</param>
/// <param name="Online">True while the user has at least one user session.</param>
public sealed record Presence(string Status, bool Online);
