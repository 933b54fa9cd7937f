using System.Text.Json.Nodes;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Users;
using Kitty.Grains.Functions.Context;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>The non-blocking triggers: called one-way after the action, so a failure here is only logged.</summary>
public sealed partial class ChatFunctionExecutorGrain
{
    public Task MessageSent(Message message) => Fire(ChatFunctionTriggers.UserSentMessage, async () =>
    {
        var channel = await GrainFactory.GetGrain<IChannelGrain>(message.ChannelId).Get(ApplicationId);
        return new JsonObject
        {
            ["user"] = message.User is { } user ? ContextJson.User(user) : null,
            ["message"] = ContextJson.Message(message),
            ["channel"] = ContextJson.Channel(channel),
        };
    });

    public Task ChatSessionStarted(long userId, long channelId, long lastSeq) => Fire(ChatFunctionTriggers.UserStartedChatSession, async () =>
    {
        var user = await GrainFactory.GetGrain<IUserGrain>(userId).Get(ApplicationId);
        var channel = await GrainFactory.GetGrain<IChannelGrain>(channelId).Get(ApplicationId);
        var unread = await GrainFactory.GetGrain<IMessageDirectoryGrain>(ApplicationId).CountUnreadMessages(userId, channelId);
        return new JsonObject
        {
            ["user"] = ContextJson.User(user),
            ["channel"] = ContextJson.Channel(channel),
            ["channelUnread"] = unread > 0,
            // The channel's highest seq: deleted messages still count (a shortcut; an exact count costs a store query).
            ["channelMessagesCount"] = lastSeq,
        };
    });

    public Task NotificationReceived(Notification notification) => Fire(ChatFunctionTriggers.UserReceivedNotification, async () =>
    {
        var recipient = GrainFactory.GetGrain<IUserGrain>(notification.UserId);
        var user = await recipient.Get(ApplicationId);
        // The user as others see them hides an INVISIBLE user's connections; whether to push needs the truth.
        var hasActiveSession = (await recipient.GetCurrentUser(ApplicationId)).Presence.Online;
        return new JsonObject
        {
            ["user"] = ContextJson.User(user),
            ["notification"] = ContextJson.Notification(notification),
            ["userHasActiveSession"] = hasActiveSession,
        };
    });

    private async Task Fire(string trigger, Func<Task<JsonObject>> buildEvent)
    {
        try
        {
            // Look first: most applications have no function for a trigger, and then no event is built.
            if (await invoker.FindTarget(ApplicationId, trigger) is not { } target) return;
            await invoker.Run(ApplicationId, trigger, target, (await buildEvent()).ToJsonString(), guardedChannelId: null);
        }
        catch (Exception e)
        {
            LogTriggerFailed(e, trigger);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not run the {Trigger} chat function; the action it follows stands")]
    private partial void LogTriggerFailed(Exception exception, string trigger);
}
