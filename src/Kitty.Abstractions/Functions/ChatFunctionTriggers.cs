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

    /// <summary>
    /// Kitty's own, blocking: a user (not a chat function) is about to send a message. The event is
    /// <c>{ user, channel, message: { body, properties, groupTag, file? } }</c>, after validation and the membership
    /// check, before anything is stored. <c>false</c>, <c>{ allow: false, reason? }</c> or a throw refuses the send
    /// (<c>InvalidOperationError</c>, HTTP 400, with the reason); <c>{ body?, properties? }</c> rewrites the message,
    /// which is validated again and its mentions and links parsed again; anything else admits it unchanged. Fails
    /// closed: a timeout or crash refuses. The function must not call the channel it guards (the channel awaits it):
    /// such context calls fail at once; the event carries what it needs.
    /// </summary>
    public const string UserAttemptedSendMessage = "user.attempted.send_message";

    /// <summary>Every trigger, in the order documented.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UserAttemptedStartSession, UserReceivedNotification, UserSentMessage, UserStartedChatSession, UserAttemptedSendMessage,
    ];

    /// <summary>Whether <paramref name="type"/> names a trigger (exact spelling).</summary>
    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
