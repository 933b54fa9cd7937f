using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>A user of the application as other users see them.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">The unique username.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="DisplayPictureUrl">Absolute URL of the display picture.</param>
/// <param name="IsGuest">True for users created by a guest session.</param>
/// <param name="Presence">Presence status and whether the user is online.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public record User(
    long Id,
    string Name,
    string DisplayName,
    string? DisplayPictureUrl,
    bool IsGuest,
    Presence? Presence,
    JsonElement Properties)
{
    /// <summary>The user type, e.g. <c>PERSON</c> or <c>BOT</c>, when the server sends it.</summary>
    public string? Type { get; init; }

    /// <summary>The call status (<c>AVAILABLE</c> or <c>IN_CALL</c>), when the server sends it.</summary>
    public string? CallStatus { get; init; }
}
