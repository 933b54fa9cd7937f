using Kitty.Abstractions.Realtime;
using Orleans.Runtime;

namespace Kitty.Api.Rtm.Feeds;

/// <summary>A node feed: the stream of one channel or of one user.</summary>
internal readonly record struct FeedKey(FeedKind Kind, long Id)
{
    public static FeedKey Channel(long id) => new(FeedKind.Channel, id);

    public static FeedKey User(long id) => new(FeedKind.User, id);

    public StreamId StreamId => Kind == FeedKind.Channel ? KittyStreams.Channel(Id) : KittyStreams.User(Id);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}/{Id}";
}
