using System.Net;
using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// Chat functions run by their triggers on a real server: the blocking start-session function admits or refuses,
/// and non-blocking message functions are recorded with their logs. Its own server: guests are disabled here.
/// </summary>
public sealed class ChatFunctionTriggerTests : IAsyncLifetime
{
    private const string StartSessionScript = """
        async function handleEvent(event, context) {
          if (event.authParams.password !== 'open sesame') throw new Error('wrong password');
          if (process.env.SESSIONS_CLOSED === 'yes') return { allow: false };
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

    private FunctionServer? _server;
    private long _sentMessageFunctionId;

    private FunctionServer Server => _server!;
    private HttpClient Api => Server.Api;

    public async Task InitializeAsync()
    {
        _server = await FunctionServer.StartAsync();
        await Server.DisableGuests();
        await Server.Deploy("user.attempted.start_session", StartSessionScript);
        _sentMessageFunctionId = await Server.Deploy("user.sent.message", SentMessageScript);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
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
    public async Task StartSession_AfterTheRuntimeChanges_RunsWithTheNewRuntime()
    {
        var username = JsonHttp.Unique("regular");
        Assert.Equal(HttpStatusCode.OK, (await StartSession(username, "open sesame")).Status);

        try
        {
            await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/environment-variables", """{"SESSIONS_CLOSED":"yes"}""");
            Assert.Equal(HttpStatusCode.Unauthorized, (await StartSession(username, "open sesame")).Status);
        }
        finally
        {
            await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/environment-variables", "{}");
        }

        Assert.Equal(HttpStatusCode.OK, (await StartSession(username, "open sesame")).Status);
    }

    [Fact]
    public async Task SentMessage_RunsTheFunctionAfterTheSend_AndItsInvocationIsListedWithLogs()
    {
        var (userId, channelId, name) = await Server.UserAndChannel();

        var message = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"hello","user":{"id":{{{userId}}}}}""");

        var invocation = await Server.WaitForInvocation(_sentMessageFunctionId, i => i.ArgId("message") == message.Id());
        Assert.Equal("SUCCEEDED", invocation["status"]!.GetValue<string>());
        Assert.Equal(name, invocation["result"]!["payload"]!["channel"]!.GetValue<string>());
        Assert.Contains(invocation["logs"]!.AsArray(), l => l!["message"]!.GetValue<string>() == $"sent by {name}-user: hello");
    }

    [Fact]
    public async Task SentMessage_WhoseFunctionThrows_IsStillSent_AndTheInvocationIsFailed()
    {
        var (userId, channelId, _) = await Server.UserAndChannel();

        var message = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"fail","user":{"id":{{{userId}}}}}""");

        Assert.Equal("fail", (await Api.Get($"/v1/messages/{message.Id()}"))["body"]!.GetValue<string>());
        var invocation = await Server.WaitForInvocation(_sentMessageFunctionId, i => i.ArgId("message") == message.Id());
        Assert.Equal("FAILED", invocation["status"]!.GetValue<string>());
        Assert.Contains(invocation["logs"]!.AsArray(), l => l!["message"]!.GetValue<string>().Contains("refusing to look", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMessageAChatFunctionSends_TriggersNoFunction_SoAFunctionCannotLoop()
    {
        var (userId, channelId, _) = await Server.UserAndChannel();

        var original = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"echo","user":{"id":{{{userId}}}}}""");
        await Server.WaitForInvocation(_sentMessageFunctionId, i => i.ArgId("message") == original.Id() && i.Status() == "SUCCEEDED");
        var marker = await Api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"marker","user":{"id":{{{userId}}}}}""");
        await Server.WaitForInvocation(_sentMessageFunctionId, i => i.ArgId("message") == marker.Id());

        var messages = (await Api.Get($"/v1/channels/{channelId}/messages")).Embedded("messages").Select(m => m!.AsObject().Id()).ToList();
        var echo = Assert.Single(messages, id => id != original.Id() && id != marker.Id());
        var invocations = await Server.Invocations(_sentMessageFunctionId);
        Assert.DoesNotContain(invocations, i => i["args"]!["message"]!["id"]!.GetValue<long>() == echo);
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> StartSession(string username, string password) =>
        Server.StartSession(username, new { password });
}
