using Microsoft.Extensions.Logging;

namespace Kitty.Api.Rtm;

/// <summary>The realtime API's log messages. Never pass tokens.</summary>
internal static partial class RtmLog
{
    [LoggerMessage(101, LogLevel.Debug, "Node feed {Feed} subscribed")]
    public static partial void FeedSubscribed(ILogger logger, string feed);

    [LoggerMessage(102, LogLevel.Debug, "Node feed {Feed} unsubscribed")]
    public static partial void FeedUnsubscribed(ILogger logger, string feed);

    [LoggerMessage(103, LogLevel.Warning, "Node feed {Feed} could not unsubscribe")]
    public static partial void FeedUnsubscribeFailed(ILogger logger, Exception exception, string feed);

    [LoggerMessage(104, LogLevel.Error, "Could not forward event {Type} of feed {Feed}")]
    public static partial void ForwardFailed(ILogger logger, Exception exception, string type, string feed);

    [LoggerMessage(105, LogLevel.Error, "Hub method {Method} failed on connection {ConnectionId}")]
    public static partial void HubMethodFailed(ILogger logger, Exception exception, string method, string connectionId);

    [LoggerMessage(106, LogLevel.Debug, "Hub method {Method} refused: {Error} {Message}")]
    public static partial void HubMethodRefused(ILogger logger, string method, string error, string message);

    [LoggerMessage(107, LogLevel.Information, "Connection {ConnectionId} of user {UserId} closed: its session token expired")]
    public static partial void TokenExpired(ILogger logger, string connectionId, long userId);

    [LoggerMessage(108, LogLevel.Information, "Connection {ConnectionId} of user {UserId} closed: its lease is unknown")]
    public static partial void LeaseUnknown(ILogger logger, string connectionId, long userId);

    [LoggerMessage(109, LogLevel.Warning, "Lease renewal for user {UserId} failed")]
    public static partial void LeaseRenewalFailed(ILogger logger, Exception exception, long userId);

    [LoggerMessage(110, LogLevel.Warning, "Cleaning up connection {ConnectionId} failed")]
    public static partial void DisconnectFailed(ILogger logger, Exception exception, string connectionId);
}
