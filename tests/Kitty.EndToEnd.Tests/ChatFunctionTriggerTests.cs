using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests;

/// <summary>
/// Chat functions run by their triggers on a real server: the blocking start-session function admits or refuses,
/// and non-blocking message functions are recorded with their logs. Its own server: guests are disabled here.
/// </summary>
public sealed class ChatFunctionTriggerTests : IAsyncLifetime
{
    private const string StartSessionScript = """
        async function handleEvent(event, context) {
          if (event.authParams.password !== 'open sesame') throw new Error('wrong password');
          const users = context.getUserApi();
          await users.checkUserExists(event.username)
            .catch(() => users.createUser({ name: event.username, displayName: 'Made by ' + event.username }));
          return true;
        }
        """;

    private const string SentMessageScript = """
        async function handleEvent(event, context) {
          console.log('sent by ' + event.user.name + ': ' + event.message.body);
          if (event.message.body === 'fail') throw new Error('refusing to look');
          if (event.message.body === 'echo') {
            await context.getChannelApi().sendChannelMessage(event.channel.id, { type: 'TEXT', body: 'echo', user: { id: event.user.id } });
          }
          const channel = await context.getChannelApi().retrieveChannel(event.channel.id);
          return { channel: channel.data.name };
        }
        """;

    private readonly TemporaryDirectory _data = new();
    private KittyServerInstance? _server;
    private HttpClient? _api;
    private long _sentMessageFunctionId;

    private KittyServerInstance Server => _server!;
    private HttpClient Api => _api!;

    public async Task InitializeAsync()
    {
        _server = await KittyServerInstance.StartAsync(_data.Path);
        _api = new HttpClient { BaseAddress = Server.BaseUrl };
        var token = await KittyServerFixture.RequestTokenAsync(_api, Server.Credentials.ClientId, Server.Credentials.ClientSecret);
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await Api.Send(HttpMethod.Put, "/v1/application/settings", """{"guestUsers":"DISABLED","userCreatedChannels":"ENABLED"}""");
        await Deploy("user.attempted.start_session", StartSessionScript);
        _sentMessageFunctionId = await Deploy("user.sent.message", SentMessageScript);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task StartSession_WithTheRightPassword_IsAdmitted_AndTheFunctionCreatesTheUser()
    {
        var username = JsonHttp.Unique("fan");

        var (status, body) = await StartSession(username, "open sesame");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(username, body["user"]!["name"]!.GetValue<string>());
        Assert.Equal($"Made by {username}", body["user"]!["displayName"]!.GetValue<string>());
        Assert.False(body["user"]!["isGuest"]!.GetValue<bool>());
        var again = await StartSession(username, "open sesame");
        Assert.Equal(body["user"]!.AsObject().Id(), again.Body["user"]!.AsObject().Id());
    }

    [Fact]
    public async Task StartSession_WithAWrongPassword_IsRefusedWithAccessDenied()
    {
        var (status, body) = await StartSession(JsonHttp.Unique("intruder"), "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AccessDeniedError", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task SentMessage_RunsTheFunctionAfterTheSend_AndItsInvocationIsListedWithLogs()
    {
        var (userId, channelId, name) = await UserAndChannel();

        var message = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"hello","user":{"id":{{{userId}}}}}""");

        var invocation = await WaitForInvocation(i => i["args"]!["message"]!["id"]!.GetValue<long>() == message.Id() && i["status"]!.GetValue<string>() != "RUNNING");
        Assert.Equal("SUCCEEDED", invocation["status"]!.GetValue<string>());
        Assert.Equal(name, invocation["result"]!["payload"]!["channel"]!.GetValue<string>());
        Assert.Contains(invocation["logs"]!.AsArray(), l => l!["message"]!.GetValue<string>() == $"sent by {name}-user: hello");
    }

    [Fact]
    public async Task SentMessage_WhoseFunctionThrows_IsStillSent_AndTheInvocationIsFailed()
    {
        var (userId, channelId, _) = await UserAndChannel();

        var message = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"fail","user":{"id":{{{userId}}}}}""");

        Assert.Equal("fail", (await Api.Get($"/v1/messages/{message.Id()}"))["body"]!.GetValue<string>());
        var invocation = await WaitForInvocation(i => i["args"]!["message"]!["id"]!.GetValue<long>() == message.Id() && i["status"]!.GetValue<string>() != "RUNNING");
        Assert.Equal("FAILED", invocation["status"]!.GetValue<string>());
        Assert.Contains(invocation["logs"]!.AsArray(), l => l!["message"]!.GetValue<string>().Contains("refusing to look", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMessageAChatFunctionSends_TriggersNoFunction_SoAFunctionCannotLoop()
    {
        var (userId, channelId, _) = await UserAndChannel();

        var original = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"echo","user":{"id":{{{userId}}}}}""");
        await WaitForInvocation(i => i["args"]!["message"]!["id"]!.GetValue<long>() == original.Id() && i["status"]!.GetValue<string>() == "SUCCEEDED");
        var marker = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"marker","user":{"id":{{{userId}}}}}""");
        await WaitForInvocation(i => i["args"]!["message"]!["id"]!.GetValue<long>() == marker.Id() && i["status"]!.GetValue<string>() != "RUNNING");

        var messages = (await Api.Get($"/v1/channels/{channelId}/messages")).Embedded("messages").Select(m => m!.AsObject().Id()).ToList();
        var echo = Assert.Single(messages, id => id != original.Id() && id != marker.Id());
        var invocations = (await Api.Get($"/v1/functions/{_sentMessageFunctionId}/invocations?size=100")).Embedded("invocations");
        Assert.DoesNotContain(invocations, i => i!["args"]!["message"]!["id"]!.GetValue<long>() == echo);
    }

    private async Task<long> Deploy(string trigger, string script)
    {
        var function = await Api.Post("/v1/runtimes/nodejs/functions",
            $$"""{"type":"{{trigger}}","name":{{JsonHttp.Quote(JsonHttp.Unique("fn"))}},"initializeAsynchronously":false}""");
        await Api.Post($"/v1/functions/{function.Id()}/versions", new JsonObject { ["handlerScript"] = script }.ToJsonString());
        return function.Id();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> StartSession(string username, string password)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseUrl };
        using var response = await http.PostAsJsonAsync("/rtm/sessions",
            new { apiKey = Server.Credentials.ApiKey, username, authParams = new { password } });
        return (response.StatusCode, await response.ReadObject());
    }

    private async Task<(long UserId, long ChannelId, string Name)> UserAndChannel()
    {
        var name = JsonHttp.Unique("ch");
        var user = await Api.Post("/v1/users", $$"""{"name":"{{name}}-user","displayName":"U","isGuest":false}""");
        var channel = await Api.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"{{{name}}}","creator":{"id":{{{user.Id()}}}}}""");
        return (user.Id(), channel.Id(), name);
    }

    // The run is one-way after the send: poll its record, bounded by a deadline.
    private async Task<JsonObject> WaitForInvocation(Func<JsonObject, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var page = await Api.Get($"/v1/functions/{_sentMessageFunctionId}/invocations?size=100");
            if (page.Embedded("invocations").Select(i => i!.AsObject()).FirstOrDefault(match) is { } found) return found;
            deadline.Token.ThrowIfCancellationRequested();
            await Task.Delay(50);
        }
    }
}
