using Microsoft.Extensions.Logging;

namespace Kitty.Api.Hosting;

/// <summary>The API's log messages. Never pass secrets or tokens.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(1, LogLevel.Error, "Unhandled error serving {Method} {Path}")]
    public static partial void UnhandledError(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(2, LogLevel.Debug, "Refused {Method} {Path}: {Error} {Message}")]
    public static partial void Refused(ILogger logger, string method, string path, string error, string message);

    [LoggerMessage(3, LogLevel.Information, "Issued an access token for application {ApplicationId}, valid until {Expiry:o}")]
    public static partial void TokenIssued(ILogger logger, long applicationId, DateTimeOffset expiry);

    [LoggerMessage(4, LogLevel.Warning, "Token request refused for client id {ClientId}: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string clientId, string reason);

    [LoggerMessage(5, LogLevel.Debug, "Bearer token refused on {Path}: {Reason}")]
    public static partial void BearerRefused(ILogger logger, string path, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Request body over the limit of {Limit} bytes on {Path}")]
    public static partial void PayloadTooLarge(ILogger logger, long limit, string path);
}
