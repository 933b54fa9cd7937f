namespace Kitty.Api.Rtm.Feeds;

/// <summary>What a node feed follows.</summary>
internal enum FeedKind
{
    Channel,
    User,
}
