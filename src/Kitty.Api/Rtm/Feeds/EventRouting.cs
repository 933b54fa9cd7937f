using Kitty.Abstractions.Realtime;

namespace Kitty.Api.Rtm.Feeds;

/// <summary>
/// Which local group a stream event goes to: user-stream events to the user's connections; channel-stream
/// events to the channel's chat sessions, except thread events of a thread other than the main one, which go
/// to the chat sessions that set that thread.
/// </summary>
internal static class EventRouting
{
    public static string Group(FeedKey feed, ChatEvent chatEvent, long? mainThreadId)
    {
        if (feed.Kind == FeedKind.User)
        {
            return RtmGroups.User(feed.Id);
        }

        return chatEvent.ThreadId is { } threadId
            && threadId != mainThreadId
            && chatEvent.Type.StartsWith("thread.", StringComparison.Ordinal)
            ? RtmGroups.Thread(threadId)
            : RtmGroups.Channel(feed.Id);
    }
}
