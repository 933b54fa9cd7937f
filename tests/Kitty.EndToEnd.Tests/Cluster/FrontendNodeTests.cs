using System.Net.Http.Headers;
using Kitty.EndToEnd.Tests.Realtime;
using Kitty.Server.Hosting;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>
/// A front-end-only node (Kitty:Roles=frontend) serves the Platform API and the hub through a silo on another node,
/// both found through PostgreSQL clustering.
/// </summary>
public sealed class FrontendNodeTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _siloData = new();
    private readonly TemporaryDirectory _frontendData = new();
    private PostgresTestDatabase? _database;
    private KittyServerInstance? _silo;
    private KittyServerInstance? _frontend;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null) return;
        string[] cluster = ["--Kitty:Storage:Provider=PostgreSql", $"--Kitty:Postgres:ConnectionString={_database.ConnectionString}"];
        // The front-end starts first: it waits for a silo instead of failing, as nodes of a cluster start in any order.
        var frontend = KittyServerInstance.StartAsync(_frontendData.Path, [.. cluster, "--Kitty:Roles=frontend"]);
        _silo = await KittyServerInstance.StartAsync(_siloData.Path, [.. cluster, "--Kitty:NodeId=1"]);
        _frontend = await frontend;
    }

    public async Task DisposeAsync()
    {
        if (_frontend is not null) await _frontend.DisposeAsync();
        if (_silo is not null) await _silo.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        _frontendData.Dispose();
        _siloData.Dispose();
    }

    [SkippableFact]
    public async Task FrontendNode_HasNoSilo_AndServesThePlatformApiThroughTheClustersGrains()
    {
        Skip.If(_database is null, PostgresTestDatabase.SkipReason);
        Assert.True(_frontend!.Services.GetRequiredService<NodeConfiguration>().IsFrontendOnly);
        Assert.Null(_frontend.Services.GetService<Orleans.Runtime.ILocalSiloDetails>());
        Assert.Equal(_silo!.Application.Id, _frontend.Application.Id);

        using var viaFrontend = await PlatformClient(_frontend);
        var user = await viaFrontend.Post("/v1/users", """{"name":"jane@example.com","displayName":"Jane","isGuest":false}""");

        using var viaSilo = await PlatformClient(_silo);
        Assert.Equal("Jane", (await viaSilo.Get($"/v1/users/{user.Id()}"))["displayName"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task RealtimeMessages_ReachAHubClientOfTheFrontendNode_FromTheSiloNode_AndBack()
    {
        Skip.If(_database is null, PostgresTestDatabase.SkipReason);
        var alice = await RealtimeSession.StartAsync(_frontend!, RealtimeSession.Unique("alice"));
        var bob = await RealtimeSession.StartAsync(_silo!, RealtimeSession.Unique("bob"));
        await using var aliceOnFrontend = await alice.ConnectAsync();
        await using var bobOnSilo = await bob.ConnectAsync();
        var channel = await aliceOnFrontend.Call("CreateChannel", new
        {
            type = "PRIVATE",
            name = RealtimeSession.Unique("room"),
            members = new[] { new { id = bob.UserId } },
        });
        var channelId = channel.Id();
        await aliceOnFrontend.Call("StartChatSession", channelId);
        await bobOnSilo.Call("StartChatSession", channelId);

        var fromBob = await bobOnSilo.Call("SendMessage", new { channelId, body = "from the silo's node" });
        var seen = await aliceOnFrontend.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == fromBob.Id());
        Assert.Equal("from the silo's node", seen.GetProperty("resource").Text("body"));

        var fromAlice = await aliceOnFrontend.Call("SendMessage", new { channelId, body = "from the front-end" });
        await bobOnSilo.WaitFor("channel.message.created", e => e.GetProperty("resource").Id() == fromAlice.Id());
        Assert.Equal(2L, await _database!.ScalarAsync($"SELECT count(*) FROM messages WHERE channel_id = {channelId}"));
    }

    private static async Task<HttpClient> PlatformClient(KittyServerInstance server)
    {
        var client = new HttpClient { BaseAddress = server.BaseUrl };
        var token = await KittyServerFixture.RequestTokenAsync(client, server.Credentials.ClientId, server.Credentials.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
