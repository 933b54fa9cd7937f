using Kitty.Abstractions.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kitty.Api.Hosting;

/// <summary>Applies <see cref="KittyApiOptions.MaxRequestBodyBytes"/> to the API's requests.</summary>
internal sealed class RequestBodyLimitMiddleware(
    RequestDelegate next, IOptions<KittyApiOptions> options, ILogger<RequestBodyLimitMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!KittyApiPaths.IsOwned(context.Request.Path))
        {
            return next(context);
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            ApiLog.PayloadTooLarge(logger, limit, context.Request.Path);
            throw new KittyException(KittyError.PayloadTooLargeError, $"The request body is larger than {limit} bytes");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
        return next(context);
    }
}
