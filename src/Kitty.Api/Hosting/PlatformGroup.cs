using Kitty.Api.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Hosting;

/// <summary>A route group of <c>/v1</c> endpoints with the error responses every one of them may give.</summary>
internal static class PlatformGroup
{
    public static RouteGroupBuilder MapPlatformGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix)
            .WithTags(tag)
            .WithMetadata(
                Error<ApiError>(StatusCodes.Status400BadRequest),
                Error<AuthenticationError>(StatusCodes.Status401Unauthorized),
                Error<AuthenticationError>(StatusCodes.Status403Forbidden),
                Error<ApiError>(StatusCodes.Status404NotFound));

    private static ProducesResponseTypeMetadata Error<T>(int status) => new(status, typeof(T), ["application/json"]);
}
