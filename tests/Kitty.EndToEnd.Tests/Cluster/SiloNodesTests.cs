using System.Net.Http.Headers;
using System.Text;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests.Cluster;

/// <summary>Two silo nodes of the cluster profile share grains, the default application and the chat store.</summary>
public sealed class SiloNodesTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _data1 = new();
    private readonly TemporaryDirectory _data2 = new();
    private PostgresTestDatabase? _database;
    private KittyServerInstance? _node1;
    private KittyServerInstance? _node2;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null) return;
        string[] cluster = ["--Kitty:Storage:Provider=PostgreSql", $"--Kitty:Postgres:ConnectionString={_database.ConnectionString}"];
        var node1 = KittyServerInstance.StartAsync(_data1.Path, [.. cluster, "--Kitty:NodeId=1"]);
        var node2 = KittyServerInstance.StartAsync(_data2.Path, [.. cluster, "--Kitty:NodeId=2"]);
        (_node1, _node2) = (await node1, await node2);
    }

    public async Task DisposeAsync()
    {
        if (_node2 is not null) await _node2.DisposeAsync();
        if (_node1 is not null) await _node1.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        _data2.Dispose();
        _data1.Dispose();
    }

    [SkippableFact]
    public async Task NodesStartedTogether_JoinOneCluster_AndMessagesPostedThroughOneAreListedThroughTheOther()
    {
        Skip.If(_database is null, PostgresTestDatabase.SkipReason);
        Assert.Equal(2L, await _database.ScalarAsync("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        Assert.Equal(_node1!.Application.Id, _node2!.Application.Id);

        using var api1 = await PlatformClient(_node1);
        using var api2 = await PlatformClient(_node2);
        var user = await api1.Post("/v1/users", """{"name":"keeper","displayName":"Keeper","isGuest":false}""");
        var channel = await api2.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"shared","creator":{"id":{{{user.Id()}}}}}""");
        var posted = new List<long>();
        foreach (var api in new[] { api1, api2, api1 })
        {
            posted.Add((await api.Post($"/v1/channels/{channel.Id()}/messages", $$$"""{"type":"TEXT","body":"hello","user":{"id":{{{user.Id()}}}}}""")).Id());
        }

        foreach (var api in new[] { api1, api2 })
        {
            var listed = await api.Get($"/v1/channels/{channel.Id()}/messages");
            Assert.Equal(posted.AsEnumerable().Reverse(), listed.Embedded("messages").Select(m => m!.AsObject().Id()));
        }
    }

    [SkippableFact]
    public async Task AFileUploadedThroughOneNode_IsServedByTheOther()
    {
        Skip.If(_database is null, PostgresTestDatabase.SkipReason);
        using var api1 = await PlatformClient(_node1!);
        var user = await api1.Post("/v1/users", """{"name":"uploader","displayName":"U","isGuest":false}""");
        var channel = await api1.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"files","members":[{"id":{{{user.Id()}}}}]}""");
        var content = Encoding.UTF8.GetBytes("hello from node 1");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "hello.txt");
        form.Add(new StringContent("uploader"), "username");

        using var response = await api1.PostAsync($"/v1/channels/{channel.Id()}/messages", form);
        var url = new Uri((await response.ReadObject())["file"]!["url"]!.GetValue<string>());

        // Hosted files live in the shared database, so any node behind the load balancer can answer the URL.
        using var download = new HttpClient { BaseAddress = _node2!.BaseUrl };
        Assert.Equal(content, await download.GetByteArrayAsync(url.PathAndQuery));
    }

    private static async Task<HttpClient> PlatformClient(KittyServerInstance server)
    {
        var client = new HttpClient { BaseAddress = server.BaseUrl };
        var token = await KittyServerFixture.RequestTokenAsync(client, server.Credentials.ClientId, server.Credentials.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
