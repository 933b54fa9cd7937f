namespace Kitty.Client.Requests;

/// <summary>Narrows a user listing.</summary>
/// <param name="Name">Usernames containing this text.</param>
/// <param name="DisplayName">Display names containing this text.</param>
/// <param name="Online">Only users who are (or are not) online.</param>
public sealed record UserFilter(string? Name = null, string? DisplayName = null, bool? Online = null);
