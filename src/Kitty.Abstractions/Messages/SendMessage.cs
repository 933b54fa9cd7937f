namespace Kitty.Abstractions.Messages;

/// <summary>
/// Sends a message to a channel: text (<see cref="Body"/>) or a file. Without <see cref="UserId"/> it is a
/// system message of the application. <see cref="ThreadId"/> null means the channel's main thread;
/// <see cref="ReplyToMessageId"/> makes it a reply in that message's thread.
/// <see cref="ClientMessageId"/>, when given, makes a retry return the original message.
/// <see cref="SentByChatFunction"/> marks a message a chat function sent: it triggers no chat function
/// itself, so a <c>user.sent.message</c> function that sends a message cannot loop.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.send-message")]
public sealed record SendMessage(
    [property: Id(0)] long ApplicationId,
    [property: Id(1)] long? UserId,
    [property: Id(2)] string? Body,
    [property: Id(3)] FileProperties? File,
    [property: Id(4)] string? GroupTag,
    [property: Id(5)] string PropertiesJson,
    [property: Id(6)] long? ThreadId = null,
    [property: Id(7)] long? ReplyToMessageId = null,
    [property: Id(8)] string? ClientMessageId = null,
    [property: Id(9)] bool SentByChatFunction = false);
