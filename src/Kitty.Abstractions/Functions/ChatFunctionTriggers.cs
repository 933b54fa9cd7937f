namespace Kitty.Abstractions.Functions;

/// <summary>The events a chat function can handle (its <c>type</c>).</summary>
public static class ChatFunctionTriggers
{
    /// <summary>A user tries to start a session: the function authenticates them.</summary>
    public const string UserAttemptedStartSession = "user.attempted.start_session";

    /// <summary>A user received a notification.</summary>
    public const string UserReceivedNotification = "user.received.notification";

    /// <summary>A user sent a message.</summary>
    public const string UserSentMessage = "user.sent.message";

    /// <summary>A user started a chat session.</summary>
    public const string UserStartedChatSession = "user.started.chat_session";

    /// <summary>Kitty's own: a user is about to send a message, and the function may refuse it.</summary>
    public const string UserAttemptedSendMessage = "user.attempted.send_message";

    /// <summary>Every trigger, in the order documented.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UserAttemptedStartSession, UserReceivedNotification, UserSentMessage, UserStartedChatSession, UserAttemptedSendMessage,
    ];

    /// <summary>Whether <paramref name="type"/> names a trigger (exact spelling).</summary>
    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
