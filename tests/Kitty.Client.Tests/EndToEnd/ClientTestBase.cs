using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>Fresh users (unique names) on the collection's server; their clients end with the test.</summary>
public abstract class ClientTestBase(KittyServerFixture server) : IAsyncLifetime
{
    private readonly List<KittyClient> _clients = [];
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    protected KittyServerFixture Server => server;

    protected string Name(string name) => $"{name}-{_suffix}";

    protected async Task<KittyClient> ConnectAsync(string name, KittyClientOptions? options = null)
    {
        var client = await KittyClient.StartSessionAsync(server.BaseUrl, server.Server.Credentials.ApiKey, Name(name), options: options);
        _clients.Add(client);
        return client;
    }

    protected async Task<Channel> PublicChannelAsync(KittyClient creator, string name = "room") =>
        await creator.CreateChannelAsync(new CreateChannelRequest("PUBLIC", Name(name), $"Room {name}"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) await client.DisposeAsync();
    }
}
