namespace Kitty.Api.Users;

/// <summary>A user's presence: a status and whether they are online.</summary>
public sealed record PresenceResource(string Status, bool Online);
