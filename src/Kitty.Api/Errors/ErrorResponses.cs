using System.Text.Json;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Errors;

/// <summary>Writes error bodies.</summary>
internal static class ErrorResponses
{
    public static Task WriteApiError(HttpContext context, int status, string error, string message)
    {
        var time = context.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return Write(context, status, new ApiError(error, message, time.GetUtcNow()));
    }

    public static Task WriteAuthenticationError(HttpContext context, int status, string error, string description)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = error == "invalid_token"
                ? $"Bearer realm=\"kitty\", error=\"invalid_token\""
                : "Bearer realm=\"kitty\"";
        }

        return Write(context, status, new AuthenticationError(error, description));
    }

    private static async Task Write<T>(HttpContext context, int status, T body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await JsonSerializer.SerializeAsync(response.Body, body, KittyJson.Options, context.RequestAborted);
    }
}
