using Kitty.Api.Rtm.Auth;
using Kitty.Api.Rtm.Connections;
using Kitty.Api.Rtm.Feeds;
using Kitty.Api.Rtm.Hub;
using Kitty.Api.Rtm.Rendering;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Rtm.Hosting;

/// <summary>Registers the realtime API: session tokens, their authentication scheme, the hub, node feeds and leases.</summary>
internal static class RtmServices
{
    /// <summary>
    /// The transport's largest accepted message. Above the protocol's 64 KiB on purpose: SignalR closes the
    /// connection past it, while the hub filter refuses a call over 64 KiB with a ValidationError.
    /// </summary>
    public const long MaximumReceiveMessageSize = Limits.InvocationSize.TransportMaxBytes;

    /// <summary>Log categories that would write request URLs, and with them the hub's <c>access_token</c> query parameter.</summary>
    public static readonly string[] UrlLoggingCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.HttpLogging",
    ];

    public static IServiceCollection AddKittyRtm(this IServiceCollection services)
    {
        services.TryAddSingleton<SessionTokenService>();
        services.TryAddSingleton<NodeLinks>();
        services.TryAddSingleton<NodeIdentity>();
        services.TryAddSingleton<LocalConnections>();
        services.TryAddSingleton<EventRenderer>();
        services.TryAddSingleton<EventForwarder>();
        services.TryAddSingleton<NodeFeeds>();
        services.AddHostedService<LeaseRenewalService>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionClaims.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(SessionClaims.Policy, policy => policy
                .AddAuthenticationSchemes(SessionClaims.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SessionClaims.UserId));

        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                options.EnableDetailedErrors = false;
                options.AddFilter<RtmHubFilter>();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Encoder =
                System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddMessagePackProtocol();
        services.TryAddSingleton<RtmHubFilter>();

        services.AddLogging(logging =>
        {
            foreach (var category in UrlLoggingCategories)
            {
                logging.AddFilter(category, LogLevel.Warning);
            }
        });
        return services;
    }
}
