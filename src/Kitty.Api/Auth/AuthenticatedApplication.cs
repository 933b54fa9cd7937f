using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Auth;

/// <summary>The application a request's bearer token speaks for; set by <see cref="BearerAuthenticationMiddleware"/>.</summary>
internal sealed record AuthenticatedApplication(long ApplicationId)
{
    public static long Of(HttpContext context) =>
        context.Features.Get<AuthenticatedApplication>()?.ApplicationId
        ?? throw new InvalidOperationException("The request was not authenticated; is UseKittyApi() in the pipeline?");
}
