namespace Kitty.Abstractions.Functions;

/// <summary>
/// Runs an application's chat function for a trigger and records the invocation. A stateless worker keyed by
/// application id: blocking triggers await the outcome, non-blocking ones call it without awaiting the action on it.
/// </summary>
[Alias("kitty.function-executor")]
public interface IChatFunctionExecutorGrain : IGrainWithIntegerKey
{
    /// <summary>Runs the function handling <paramref name="trigger"/> with the event; <see cref="ChatFunctionOutcome.NoFunction"/> when none does.</summary>
    [Alias("invoke")]
    Task<ChatFunctionOutcome> Invoke(string trigger, string eventJson);

    /// <summary>
    /// Blocking <c>user.attempted.send_message</c>, awaited by the channel <paramref name="channelId"/> while it holds
    /// the send: the function's context calls to that channel fail at once (the channel is busy awaiting this call).
    /// <paramref name="functionId"/> is the function the channel already looked up, so it is not looked up twice.
    /// </summary>
    [Alias("attempted-send-message")]
    Task<ChatFunctionOutcome> AttemptedSendMessage(long channelId, long functionId, string eventJson);

    /// <summary>Non-blocking <c>user.sent.message</c>: returns at once; the run and its failures are the executor's.</summary>
    [OneWay, Alias("message-sent")]
    Task MessageSent(Messages.Message message);

    /// <summary>Non-blocking <c>user.started.chat_session</c>; <paramref name="lastSeq"/> counts the channel's messages.</summary>
    [OneWay, Alias("chat-session-started")]
    Task ChatSessionStarted(long userId, long channelId, long lastSeq);

    /// <summary>Non-blocking <c>user.received.notification</c>.</summary>
    [OneWay, Alias("notification-received")]
    Task NotificationReceived(Notifications.Notification notification);
}
