using System.Text.Json.Nodes;
using Kitty.Client;
using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// The non-blocking triggers that follow realtime actions, run on a real server by real SignalR clients:
/// <c>user.started.chat_session</c> and <c>user.received.notification</c>; and a function's versions.
/// </summary>
public sealed class ChatTriggerTests : IAsyncLifetime
{
    private const string StartedChatSessionScript = """
        async function handleEvent(event, context) {
          console.log(event.user.name + ' opened ' + event.channel.name);
          const active = await context.getUserSessionApi().listUserSessions(0, 100, ['id,desc'], 'ACTIVE');
          const sessions = active.data._embedded.sessions.filter(s => s.user.id === event.user.id).length;
          return { user: event.user.id, channel: event.channel.id, messages: event.channelMessagesCount, unread: event.channelUnread, sessions };
        }
        """;

    private const string ReceivedNotificationScript = """
        async function handleEvent(event, context) {
          console.log('notify ' + event.user.name + (event.userHasActiveSession ? ' in app' : ' by push') + ': ' + event.notification.body);
          return { active: event.userHasActiveSession, channel: event.notification.channelId };
        }
        """;

    private FunctionServer? _server;
    private long _startedChatSessionFunction;
    private long _receivedNotificationFunction;

    private FunctionServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await FunctionServer.StartAsync();
        _startedChatSessionFunction = await Server.Deploy("user.started.chat_session", StartedChatSessionScript);
        _receivedNotificationFunction = await Server.Deploy("user.received.notification", ReceivedNotificationScript);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task StartingAChatSession_RunsTheFunctionWithTheUserAndChannel_WhichSeesTheUsersSession_AndItsInvocationIsListedWithLogs()
    {
        var alice = await Server.Connect(User("alice"));
        var bob = await Server.Connect(User("bob"));
        var channel = await alice.CreateChannelAsync(new CreateChannelRequest("PUBLIC", JsonHttp.Unique("room")));
        await alice.SendMessageAsync(channel.Id, "one");
        await alice.SendMessageAsync(channel.Id, "two");
        await bob.JoinChannelAsync(channel.Id);

        await bob.StartChatSessionAsync(channel.Id);

        var invocation = await Server.WaitForInvocation(_startedChatSessionFunction,
            i => i.ArgId("user") == bob.CurrentUser.Id && i.ArgId("channel") == channel.Id);
        Assert.Equal("SUCCEEDED", invocation.Status());
        Assert.Equal(bob.CurrentUser.Name, invocation["args"]!["user"]!["name"]!.GetValue<string>());
        Assert.Equal(channel.Name, invocation["args"]!["channel"]!["name"]!.GetValue<string>());
        var payload = invocation.Payload()!.AsObject();
        Assert.Equal((bob.CurrentUser.Id, channel.Id, 2), (payload["user"]!.GetValue<long>(), payload["channel"]!.GetValue<long>(), payload["messages"]!.GetValue<int>()));
        Assert.True(payload["unread"]!.GetValue<bool>(), "Bob has not read Alice's two messages.");
        Assert.Equal(1, payload["sessions"]!.GetValue<int>());
        Assert.Contains($"{bob.CurrentUser.Name} opened {channel.Name}", invocation.LogMessages());
    }

    [Fact]
    public async Task AMemberWhoIsAway_GetsANotification_AndTheFunctionSeesWhetherTheyHaveALiveConnection()
    {
        var alice = await Server.Connect(User("alice"));
        var online = await Server.Connect(User("online"));
        var invisible = await Server.Connect(User("invisible"));
        // A hub call is served after the connection is registered: from here on both users have a live session.
        await online.UpdatePresenceAsync("AVAILABLE");
        await invisible.UpdatePresenceAsync("INVISIBLE");
        var offline = await Server.Api.Post("/v1/users", $$"""{"name":{{JsonHttp.Quote(User("offline"))}},"displayName":"Off","isGuest":false}""");
        var channel = await alice.CreateChannelAsync(new CreateChannelRequest("PRIVATE", JsonHttp.Unique("room"),
            Members: [UserRef.ById(online.CurrentUser.Id), UserRef.ById(invisible.CurrentUser.Id), UserRef.ById(offline.Id())]));
        await alice.StartChatSessionAsync(channel.Id);

        var message = await alice.SendMessageAsync(channel.Id, "lunch?");

        var byUser = new Dictionary<long, JsonObject>();
        foreach (var userId in new[] { offline.Id(), online.CurrentUser.Id, invisible.CurrentUser.Id })
            byUser[userId] = await Server.WaitForInvocation(_receivedNotificationFunction, i => i.ArgId("user") == userId
                && i["args"]!["notification"]!["data"]!["messageId"]!.GetValue<long>() == message.Id);
        Assert.All(byUser.Values, i => Assert.Equal("SUCCEEDED", i.Status()));
        Assert.False(Active(byUser[offline.Id()]));
        Assert.True(Active(byUser[online.CurrentUser.Id]));
        Assert.True(Active(byUser[invisible.CurrentUser.Id]), "An invisible user still has a live connection.");
        Assert.Equal(channel.Id, byUser[offline.Id()].Payload()!["channel"]!.GetValue<long>());
        Assert.Contains($"notify {offline["name"]!.GetValue<string>()} by push: lunch?", byUser[offline.Id()].LogMessages());
        var all = await Server.Invocations(_receivedNotificationFunction);
        Assert.DoesNotContain(all, i => i.ArgId("user") == alice.CurrentUser.Id);
    }

    [Fact]
    public async Task DeployingANewVersion_ChangesBehaviour_TheCurrentVersionIsReported_AndInvocationsAreListedNewestFirstWithLogs()
    {
        var functionId = await Server.Deploy("user.sent.message", Version("first"));
        var alice = await Server.Connect(User("alice"));
        var channel = await alice.CreateChannelAsync(new CreateChannelRequest("PUBLIC", JsonHttp.Unique("room")));

        var early = await alice.SendMessageAsync(channel.Id, "before");
        var before = await Server.WaitForInvocation(functionId, i => i.ArgId("message") == early.Id);
        var second = await Server.DeployVersion(functionId, Version("second"));
        var current = await Server.Api.Get($"/v1/functions/{functionId}/current-version");
        var late = await alice.SendMessageAsync(channel.Id, "after");
        var after = await Server.WaitForInvocation(functionId, i => i.ArgId("message") == late.Id);

        Assert.Equal((second.Id(), 2), (current.Id(), current["versionNumber"]!.GetValue<int>()));
        Assert.Equal(Version("second"), current["handlerScript"]!.GetValue<string>());
        Assert.Equal(("first", 1), (before.Payload()!.GetValue<string>(), before["versionNumber"]!.GetValue<int>()));
        Assert.Equal(("second", 2), (after.Payload()!.GetValue<string>(), after["versionNumber"]!.GetValue<int>()));
        Assert.Equal([late.Id, early.Id], (await Server.Invocations(functionId)).Select(i => i.ArgId("message")));
        Assert.Equal(["first saw before"], before.LogMessages());
        Assert.Equal(["second saw after"], after.LogMessages());
    }

    private static string Version(string name) => $$"""
        async function handleEvent(event) {
          console.log('{{name}} saw ' + event.message.body);
          return '{{name}}';
        }
        """;

    private static string User(string name) => Realtime.RealtimeSession.Unique(name);

    private static bool Active(JsonObject invocation) => invocation["args"]!["userHasActiveSession"]!.GetValue<bool>();
}
