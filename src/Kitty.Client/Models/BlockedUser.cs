namespace Kitty.Client.Models;

/// <summary>A user the current user blocked: their messages leave the current user's listings.</summary>
/// <param name="User">The blocked user.</param>
/// <param name="CreatedTime">When they were blocked.</param>
public sealed record BlockedUser(User User, DateTimeOffset CreatedTime);
