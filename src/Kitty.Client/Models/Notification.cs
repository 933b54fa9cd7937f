namespace Kitty.Client.Models;

/// <summary>Something the user should know that happened outside their chat sessions.</summary>
/// <param name="Id">The notification id.</param>
/// <param name="Title">A short title.</param>
/// <param name="Body">The text.</param>
/// <param name="Channel">The channel it concerns, if any.</param>
/// <param name="Data">What it is about, discriminated by <see cref="NotificationData.Type"/>.</param>
/// <param name="Muted">True when the channel is muted for the user.</param>
/// <param name="CreatedTime">When it was created.</param>
/// <param name="ReadTime">When the user read it, if they did.</param>
public sealed record Notification(
    long Id,
    string Title,
    string Body,
    Channel? Channel,
    NotificationData? Data,
    bool Muted,
    DateTimeOffset CreatedTime,
    DateTimeOffset? ReadTime);
