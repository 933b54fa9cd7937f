using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>The user this client's session belongs to.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">The unique username.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="DisplayPictureUrl">Absolute URL of the display picture.</param>
/// <param name="IsGuest">True for users created by a guest session.</param>
/// <param name="Presence">Presence status and whether the user is online.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public sealed record CurrentUser(
    long Id,
    string Name,
    string DisplayName,
    string? DisplayPictureUrl,
    bool IsGuest,
    Presence? Presence,
    JsonElement Properties)
    : User(Id, Name, DisplayName, DisplayPictureUrl, IsGuest, Presence, Properties);
