namespace Kitty.Client.Models;

/// <summary>A user's reaction to a message with an emoji.</summary>
/// <param name="Emoji">The emoji.</param>
/// <param name="User">Who reacted.</param>
/// <param name="CreatedTime">When they reacted.</param>
public sealed record Reaction(Emoji Emoji, User User, DateTimeOffset CreatedTime)
{
    /// <summary>The message reacted to, on reaction events (from the event envelope).</summary>
    public Message? Message { get; init; }
}
