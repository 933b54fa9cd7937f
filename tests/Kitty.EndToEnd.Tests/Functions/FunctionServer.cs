using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kitty.Client;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// A real server of its own for chat function tests (a trigger's function belongs to the whole application, so it
/// must not leak into other tests), a Platform API client, and the realtime clients a test starts.
/// </summary>
public sealed class FunctionServer : IAsyncDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly List<KittyClient> _clients = [];
    private KittyServerInstance? _server;
    private HttpClient? _api;

    public KittyServerInstance Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The Platform API with the default application's bearer token.</summary>
    public HttpClient Api => _api ?? throw new InvalidOperationException("The server has not started.");

    public static async Task<FunctionServer> StartAsync(params string[] extraArgs)
    {
        var server = new FunctionServer();
        server._server = await KittyServerInstance.StartAsync(server._data.Path, extraArgs);
        server._api = new HttpClient { BaseAddress = server.Server.BaseUrl };
        var token = await KittyServerFixture.RequestTokenAsync(server._api, server.Server.Credentials.ClientId, server.Server.Credentials.ClientSecret);
        server._api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return server;
    }

    /// <summary>Turns guests away, so that a start-session function decides who is admitted.</summary>
    public Task DisableGuests() =>
        Api.Send(HttpMethod.Put, "/v1/application/settings", """{"guestUsers":"DISABLED","userCreatedChannels":"ENABLED"}""");

    /// <summary>Creates a function for the trigger and deploys the script as its first version; answers the function's id.</summary>
    public async Task<long> Deploy(string trigger, string script)
    {
        var function = await Api.Post("/v1/runtimes/nodejs/functions",
            $$"""{"type":"{{trigger}}","name":{{JsonHttp.Quote(JsonHttp.Unique("fn"))}},"initializeAsynchronously":false}""");
        await DeployVersion(function.Id(), script);
        return function.Id();
    }

    public Task<JsonObject> DeployVersion(long functionId, string script) =>
        Api.Post($"/v1/functions/{functionId}/versions", new JsonObject { ["handlerScript"] = script }.ToJsonString());

    /// <summary>A user and a public channel they created, both named after a fresh name; answers their ids and the channel's name.</summary>
    public async Task<(long UserId, long ChannelId, string Name)> UserAndChannel()
    {
        var name = JsonHttp.Unique("ch");
        var user = await Api.Post("/v1/users", $$"""{"name":"{{name}}-user","displayName":"U","isGuest":false}""");
        var channel = await Api.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"{{{name}}}","creator":{"id":{{{user.Id()}}}}}""");
        return (user.Id(), channel.Id(), name);
    }

    /// <summary><c>POST /rtm/sessions</c> as a client sends it, without the Platform API's token: what the session's start answered.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> StartSession(string username, object authParams)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseUrl };
        using var response = await http.PostAsJsonAsync("/rtm/sessions", new { apiKey = Server.Credentials.ApiKey, username, authParams });
        return (response.StatusCode, await response.ReadObject());
    }

    /// <summary>A user session over SignalR through the .NET client; disposed with the server.</summary>
    public async Task<KittyClient> Connect(string username, object? authParams = null)
    {
        var client = await KittyClient.StartSessionAsync(Server.BaseUrl, Server.Credentials.ApiKey, username, authParams);
        lock (_clients) _clients.Add(client);
        return client;
    }

    /// <summary>The function's invocations, newest first, as <c>GET /v1/functions/{id}/invocations</c> lists them.</summary>
    public async Task<List<JsonObject>> Invocations(long functionId) =>
        [.. (await Api.Get($"/v1/functions/{functionId}/invocations?size=100")).Embedded("invocations").Select(i => i!.AsObject())];

    /// <summary>
    /// The first finished invocation that matches. Non-blocking triggers run one-way after their action, so the
    /// record is polled, bounded by a deadline.
    /// </summary>
    public async Task<JsonObject> WaitForInvocation(long functionId, Func<JsonObject, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = (await Invocations(functionId)).FirstOrDefault(i => i["status"]!.GetValue<string>() != "RUNNING" && match(i));
            if (found is not null) return found;
            if (deadline.IsCancellationRequested)
                throw new Xunit.Sdk.XunitException($"No finished invocation of function {functionId} matched within 20 s.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) await client.DisposeAsync();
        _api?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _data.Dispose();
    }
}
