using Kitty.Abstractions.Errors;
using Kitty.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Errors;

/// <summary>
/// Turns every failure of the API's own paths into its documented body: a <see cref="KittyException"/> into
/// an ApiError with its status, an unmatched route into a 404 ApiError, anything else into a bare 500.
/// </summary>
internal sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!KittyApiPaths.IsOwned(context.Request.Path))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            context.Response.Clear();
            await WriteFailure(context, exception);
            return;
        }

        await WriteUnmatched(context);
    }

    private async Task WriteFailure(HttpContext context, Exception exception)
    {
        var (status, error, message) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError)
        {
            ApiLog.UnhandledError(logger, exception, context.Request.Method, context.Request.Path);
        }
        else
        {
            ApiLog.Refused(logger, context.Request.Method, context.Request.Path, error, message);
        }

        await ErrorResponses.WriteApiError(context, status, error, message);
    }

    internal static (int Status, string Error, string Message) Classify(Exception exception)
    {
        if (Find<KittyException>(exception) is { } kitty)
        {
            return (ErrorStatus.Of(kitty.Error), kitty.Error.ToString(), kitty.Message);
        }

        if (Find<BadHttpRequestException>(exception) is { } bad)
        {
            return bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? (bad.StatusCode, nameof(KittyError.PayloadTooLargeError), "The request body is too large")
                : (StatusCodes.Status400BadRequest, nameof(KittyError.ClientError), "A client error occurred, check your request");
        }

        if (Find<InvalidDataException>(exception) is not null)
        {
            return (StatusCodes.Status400BadRequest, nameof(KittyError.ValidationError), "The request body is not a valid form");
        }

        return (StatusCodes.Status500InternalServerError, "InternalServerError", "An internal error occurred");
    }

    /// <summary>Finds an exception of the type in a chain of wrappers (Orleans or the framework may wrap).</summary>
    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var depth = 0; exception is not null && depth < 8; depth++)
        {
            switch (exception)
            {
                case T match:
                    return match;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                default:
                    exception = exception.InnerException;
                    break;
            }
        }

        return null;
    }

    private static Task WriteUnmatched(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted || response.ContentLength is not null || response.ContentType is not null)
        {
            return Task.CompletedTask;
        }

        return response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => ErrorResponses.WriteApiError(
                context, StatusCodes.Status400BadRequest, nameof(KittyError.ClientError), "A client error occurred, check your request"),
            StatusCodes.Status404NotFound => ErrorResponses.WriteApiError(
                context, StatusCodes.Status404NotFound, nameof(KittyError.ResourceNotFoundError), "Resource not found"),
            StatusCodes.Status405MethodNotAllowed => ErrorResponses.WriteApiError(
                context, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowedError", $"{context.Request.Method} is not supported here"),
            StatusCodes.Status415UnsupportedMediaType => ErrorResponses.WriteApiError(
                context, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaTypeError", "Unsupported Content-Type"),
            _ => Task.CompletedTask,
        };
    }
}
