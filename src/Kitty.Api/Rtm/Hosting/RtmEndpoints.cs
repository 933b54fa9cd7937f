using Kitty.Api.Rtm.Auth;
using Kitty.Api.Rtm.Http;
using Kitty.Api.Rtm.Hub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Rtm.Hosting;

/// <summary>Maps the realtime API: <c>POST /rtm/sessions</c>, the hub <c>/rtm</c> and the upload endpoints.</summary>
internal static class RtmEndpoints
{
    public static IEndpointRouteBuilder MapKittyRtm(this IEndpointRouteBuilder app)
    {
        app.MapRtmSessionsApi();
        app.MapRtmUploadsApi();
        app.MapHub<RtmHub>(RtmPaths.Hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;
                options.ApplicationMaxBufferSize = RtmServices.MaximumReceiveMessageSize;
            })
            .RequireAuthorization(SessionClaims.Policy);
        return app;
    }
}
