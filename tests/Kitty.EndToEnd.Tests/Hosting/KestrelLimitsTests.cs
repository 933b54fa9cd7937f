using Kitty.Server.Hosting;
using Kitty.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kitty.EndToEnd.Tests.Hosting;

/// <summary>Kestrel's connection limits come from configuration, so an operator can keep a node under its file limit.</summary>
public sealed class KestrelLimitsTests
{
    [Fact]
    public async Task ConnectionLimits_AreReadFromKestrelLimits()
    {
        var limits = await Limits(["--Kestrel:Limits:MaxConcurrentUpgradedConnections=19000", "--Kestrel:Limits:MaxConcurrentConnections=500"]);

        Assert.Equal(19000, limits.MaxConcurrentUpgradedConnections);
        Assert.Equal(500, limits.MaxConcurrentConnections);
    }

    [Fact]
    public async Task ConnectionLimits_AreUnlimitedByDefault()
    {
        var limits = await Limits([]);

        Assert.Null(limits.MaxConcurrentUpgradedConnections);
        Assert.Null(limits.MaxConcurrentConnections);
    }

    // Built, never started.
    private static async Task<KestrelServerLimits> Limits(string[] args)
    {
        using var data = new TemporaryDirectory();
        await using var app = KittyServer.Build([$"--Kitty:DataDirectory={data.Path}", .. args]);
        return app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
    }
}
