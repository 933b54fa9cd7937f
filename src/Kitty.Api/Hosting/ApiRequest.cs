using Kitty.Api.Auth;
using Kitty.Api.Hal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.Api.Hosting;

/// <summary>What every <c>/v1</c> handler needs: the caller's application, grains and a link builder.</summary>
internal sealed class ApiRequest
{
    private ApiRequest(HttpContext http)
    {
        Http = http;
        ApplicationId = AuthenticatedApplication.Of(http);
        Grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        Links = ApiLinks.For(http.Request);
    }

    public HttpContext Http { get; }

    public HttpRequest Request => Http.Request;

    public IQueryCollection Query => Http.Request.Query;

    public long ApplicationId { get; }

    public IGrainFactory Grains { get; }

    public ApiLinks Links { get; }

    /// <summary>The absolute URL of the request path, without its query (the base of page links).</summary>
    public string SelfHref => Links.Href(Http.Request.Path.ToUriComponent());

    public T Grain<T>(long id) where T : IGrainWithIntegerKey => Grains.GetGrain<T>(id);

    public static ValueTask<ApiRequest?> BindAsync(HttpContext context) => ValueTask.FromResult<ApiRequest?>(new ApiRequest(context));
}
