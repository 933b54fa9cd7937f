using Kitty.Api.Auth;
using Kitty.Api.Errors;
using Kitty.Api.Hosting;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the Platform API's middleware.</summary>
public static class KittyApiApplicationBuilderExtensions
{
    /// <summary>
    /// Adds error handling (ApiError bodies), the request body limit and bearer authentication for the API's
    /// paths, and the browsable API reference at <c>/docs</c>. Call before <c>MapKittyApi()</c>'s endpoints run.
    /// </summary>
    public static IApplicationBuilder UseKittyApi(this IApplicationBuilder app)
    {
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<BearerAuthenticationMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.DocumentTitle = "Kitty Platform API";
            options.SwaggerEndpoint("/openapi/v1.json", "Kitty Platform API");
        });
        return app;
    }
}
