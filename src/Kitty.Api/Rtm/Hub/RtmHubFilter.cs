using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Api.Errors;
using Kitty.Api.Rtm.Limits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Rtm.Hub;

/// <summary>
/// Every hub method call: the connection's rate limits first, then the 64 KiB rule on its arguments
/// (<see cref="InvocationSize"/>), then the call; a refusal becomes
/// <c>HubException("&lt;ErrorName&gt;: &lt;message&gt;")</c>, anything unexpected a generic one (logged). The
/// connection always stays open.
/// </summary>
internal sealed class RtmHubFilter(ILogger<RtmHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        try
        {
            RtmHub.Of(invocationContext.Context)?.Limits.Check(method);
            if (InvocationSize.Exceeds(invocationContext.HubMethodArguments, InvocationSize.MaxBytes))
            {
                throw KittyException.Invalid($"The hub message is larger than {InvocationSize.MaxBytes / 1024} KiB");
            }

            return await next(invocationContext);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw Translate(exception, method, invocationContext.Context.ConnectionId);
        }
    }

    private HubException Translate(Exception exception, string method, string connectionId)
    {
        var (status, error, message) = ErrorHandlingMiddleware.Classify(exception);
        if (status == 500 && exception is JsonException or FormatException or InvalidCastException or OverflowException)
        {
            (error, message) = (nameof(KittyError.ValidationError), "Invalid arguments");
        }
        else if (status == 500)
        {
            RtmLog.HubMethodFailed(logger, exception, method, connectionId);
            return new HubException("InternalServerError: An internal error occurred");
        }

        RtmLog.HubMethodRefused(logger, method, error, message);
        return new HubException($"{error}: {message}");
    }
}
