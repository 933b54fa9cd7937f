namespace Kitty.Client.Models;

/// <summary>That a user read a message.</summary>
/// <param name="User">The reader.</param>
/// <param name="CreatedTime">When they read it.</param>
public sealed record ReadReceipt(User User, DateTimeOffset CreatedTime)
{
    /// <summary>The id of the message read, when the server sends it.</summary>
    public long? MessageId { get; init; }

    /// <summary>The message read, when the server includes it.</summary>
    public Message? Message { get; init; }
}
