using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// The blocking <c>user.attempted.send_message</c> function on a real server: it refuses, rewrites or admits a
/// user's message before it is stored. Its own server: the function is there for every message sent here.
/// </summary>
public sealed class AttemptedSendMessageTests : IAsyncLifetime
{
    private const string Script = """
        async function handleEvent(event, context) {
          const body = event.message.body;
          if (body.includes('darn')) return { allow: false, reason: 'No cursing in ' + event.channel.name };
          if (body === 'nope') return false;
          if (body === 'throw') throw new Error('the moderator crashed');
          if (body.startsWith('shout ')) {
            return { body: body.substring(6).toUpperCase(), properties: { shouted: true, by: event.user.name } };
          }
          if (body === 'ask the channel') await context.getChannelApi().retrieveChannel(event.channel.id);
          return true;
        }
        """;

    private FunctionServer? _server;

    private FunctionServer Server => _server!;
    private HttpClient Api => Server.Api;

    public async Task InitializeAsync()
    {
        _server = await FunctionServer.StartAsync();
        await Server.Deploy("user.attempted.send_message", Script);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task AMessageWithAForbiddenWord_IsRefusedWithTheFunctionsReason_AndNothingIsStored()
    {
        var (userId, channelId, name) = await Server.UserAndChannel();

        var refused = await Send(userId, channelId, "well darn it", HttpStatusCode.BadRequest);

        Assert.Equal("InvalidOperationError", refused["error"]!.GetValue<string>());
        Assert.Equal($"No cursing in {name}", refused["message"]!.GetValue<string>());
        Assert.Empty(await Messages(channelId));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("throw")]
    public async Task AFunctionReturningFalseOrThrowing_RefusesTheSend(string body)
    {
        var (userId, channelId, _) = await Server.UserAndChannel();

        var refused = await Send(userId, channelId, body, HttpStatusCode.BadRequest);

        Assert.Equal("InvalidOperationError", refused["error"]!.GetValue<string>());
        Assert.Empty(await Messages(channelId));
    }

    [Fact]
    public async Task ARewrittenMessage_IsStoredAndReturnedRewritten()
    {
        var (userId, channelId, name) = await Server.UserAndChannel();

        var sent = await Send(userId, channelId, "shout hello @everyone", HttpStatusCode.OK);

        Assert.Equal("HELLO @EVERYONE", sent["body"]!.GetValue<string>());
        Assert.True(sent["properties"]!["shouted"]!.GetValue<bool>());
        var stored = await Api.Get($"/v1/messages/{sent.Id()}");
        Assert.Equal("HELLO @EVERYONE", stored["body"]!.GetValue<string>());
        Assert.Equal($"{name}-user", stored["properties"]!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAdmittedMessage_IsStoredUnchanged()
    {
        var (userId, channelId, _) = await Server.UserAndChannel();

        var sent = await Send(userId, channelId, "hello there", HttpStatusCode.OK);

        Assert.Equal("hello there", sent["body"]!.GetValue<string>());
        var stored = Assert.Single(await Messages(channelId));
        Assert.Equal(sent.Id(), stored!.AsObject().Id());
        Assert.Equal("hello there", stored["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFunctionCallingTheChannelItGuards_FailsAtOnce_AndTheSendIsRefused()
    {
        var (userId, channelId, _) = await Server.UserAndChannel();
        var clock = Stopwatch.StartNew();

        var refused = await Send(userId, channelId, "ask the channel", HttpStatusCode.BadRequest);

        Assert.Contains("cannot call the channel it guards", refused["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"The refusal took {clock.Elapsed}: the call should fail at once, not time out.");
        Assert.Empty(await Messages(channelId));
    }

    private Task<JsonObject> Send(long userId, long channelId, string body, HttpStatusCode expected) =>
        Api.Post($"/v1/channels/{channelId}/messages",
            $$$"""{"type":"TEXT","body":{{{JsonHttp.Quote(body)}}},"user":{"id":{{{userId}}}}}""", expected);

    private async Task<JsonArray> Messages(long channelId) => (await Api.Get($"/v1/channels/{channelId}/messages")).Embedded("messages");
}
