using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Messages;
using Kitty.Api.Rtm.Auth;
using Kitty.Api.Rtm.Connections;
using Kitty.Api.Rtm.Feeds;
using Kitty.Api.Rtm.Limits;
using Kitty.Api.Rtm.Rendering;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Rtm.Hub;

/// <summary>
/// The realtime hub <c>/rtm</c> (realtime-protocol.md §2). Stateless: a connection's state lives in
/// <see cref="RtmConnection"/>; events reach it through the node feeds and SignalR groups.
/// </summary>
internal sealed partial class RtmHub(
    IGrainFactory grains,
    NodeFeeds feeds,
    NodeLinks nodeLinks,
    LocalConnections connections,
    NodeIdentity node,
    IOptions<KittyApiOptions> options,
    TimeProvider time,
    ILogger<RtmHub> logger) : Microsoft.AspNetCore.SignalR.Hub
{
    private RtmConnection Connection => Of(Context) ?? throw new HubException("NoActiveSessionError: The connection has no user session");

    private long App => Connection.ApplicationId;

    private long Me => Connection.UserId;

    private ApiLinks Links => nodeLinks.Current;

    internal static RtmConnection? Of(HubCallerContext context) =>
        context.Items.TryGetValue(typeof(RtmConnection), out var value) ? value as RtmConnection : null;

    public override async Task OnConnectedAsync()
    {
        var (applicationId, userId, expiry) = SessionClaims.Of(Context.User);
        var context = Context;
        var connection = new RtmConnection(Context.ConnectionId, applicationId, userId,
            new ConnectionRateLimiter(options.Value, time), context.Abort);
        await Groups.AddToGroupAsync(Context.ConnectionId, RtmGroups.User(userId));
        await feeds.Acquire(FeedKey.User(userId));
        try
        {
            var userAgent = Context.GetHttpContext()?.Request.Headers.UserAgent.ToString();
            var session = await grains.GetGrain<IUserGrain>(userId)
                .Connect(applicationId, new UserConnection(Context.ConnectionId, node.NodeId, userAgent));
            connection.UserSessionId = session.Id;
        }
        catch
        {
            await feeds.Release(FeedKey.User(userId));
            connection.Dispose();
            throw;
        }

        Context.Items[typeof(RtmConnection)] = connection;
        connections.Add(connection);
        var remaining = expiry - time.GetUtcNow();
        connection.ExpiryTimer = time.CreateTimer(_ =>
        {
            RtmLog.TokenExpired(logger, connection.ConnectionId, userId);
            connection.Abort();
        }, null, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Of(Context) is not { } connection)
        {
            return;
        }

        connections.Remove(connection.ConnectionId, out _);
        connection.ExpiryTimer?.Dispose();
        IReadOnlyList<long> ended = [];
        try
        {
            ended = await grains.GetGrain<IUserGrain>(connection.UserId).Disconnect(connection.ApplicationId, connection.ConnectionId);
        }
        catch (Exception failure)
        {
            RtmLog.DisconnectFailed(logger, failure, connection.ConnectionId);
        }

        var local = connection.ChatSessionChannels();
        await Task.WhenAll(ended.Union(local).Select(channelId => EndQuietly(connection, channelId)));
        foreach (var channelId in local)
        {
            await feeds.Release(FeedKey.Channel(channelId));
        }

        await feeds.Release(FeedKey.User(connection.UserId));
        connection.Dispose();
    }

    private async Task EndQuietly(RtmConnection connection, long channelId)
    {
        try
        {
            await grains.GetGrain<IChannelGrain>(channelId).EndChatSession(connection.ApplicationId, connection.ConnectionId);
        }
        catch (Exception failure)
        {
            RtmLog.DisconnectFailed(logger, failure, connection.ConnectionId);
        }
    }

    /// <summary>The channel, if the caller is a member (<c>NotAChannelMemberError</c> otherwise).</summary>
    private async Task<Channel> MemberChannel(long channelId)
    {
        var channel = await grains.GetGrain<IChannelGrain>(channelId).Get(App);
        return await grains.GetGrain<IChannelGrain>(channelId).IsMember(App, Me)
            ? channel
            : throw new KittyException(KittyError.NotAChannelMemberError, $"You are not a member of channel {channelId}");
    }

    /// <summary>The channel, if the caller is a member or it is public.</summary>
    private async Task<Channel> VisibleChannel(long channelId)
    {
        var channel = await grains.GetGrain<IChannelGrain>(channelId).Get(App);
        return channel.Type == ChannelType.PUBLIC ? channel : await MemberChannel(channelId);
    }

    private async Task<Dictionary<string, object?>> RenderChannel(Channel channel)
    {
        var mentions = await MentionLookup.Load(grains, App, [channel.LastReceivedMessage]);
        return ResourceTrees.Channel(channel, Links, mentions);
    }

    private async Task<List<object?>> RenderChannels(IEnumerable<Channel> channels)
    {
        var list = channels.ToList();
        var mentions = await MentionLookup.Load(grains, App, list.Select(c => c.LastReceivedMessage));
        return [.. list.Select(c => (object?)ResourceTrees.Channel(c, Links, mentions))];
    }

    private Dictionary<string, object?> RenderUser(ChatUser user) => ResourceTrees.User(user, Links);
}
