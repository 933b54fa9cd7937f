using Kitty.Client.Models;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

[Collection(ServerCollection.Name)]
public sealed class ReconnectTests(KittyServerFixture server) : ClientTestBase(server)
{
    [Fact]
    public async Task Reconnect_AfterMessagesWereSentWhileAway_DeliversThemInOrderOnceBeforeNewerOnes()
    {
        var sockets = new DroppableWebSockets();
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob", sockets.Options());
        var bobMessages = new Recorder<Message>();
        var bobStates = new Recorder<KittyConnectionState>();
        bob.MessageReceived += (_, e) => bobMessages.Add(e.Resource);
        bob.ConnectionStateChanged += (_, state) => bobStates.Add(state);
        var channel = await PublicChannelAsync(alice);
        await bob.JoinChannelAsync(channel.Id);
        await bob.StartChatSessionAsync(channel.Id);
        await alice.SendMessageAsync(channel.Id, "before");
        Assert.Equal("before", (await bobMessages.NextAsync()).Body);

        sockets.Drop();
        await bobStates.NextAsync(s => s == KittyConnectionState.Reconnecting);
        foreach (var body in new[] { "away 1", "away 2", "away 3" }) await alice.SendMessageAsync(channel.Id, body);
        await sockets.AllowReconnect();
        await bobStates.NextAsync(s => s == KittyConnectionState.Connected);
        await alice.SendMessageAsync(channel.Id, "after");

        var delivered = await bobMessages.NextAsync(4);
        Assert.Equal(["away 1", "away 2", "away 3", "after"], delivered.Select(m => m.Body));
        Assert.Equal([2L, 3L, 4L, 5L], delivered.Select(m => m.Seq));
        await alice.SendMessageAsync(channel.Id, "last");
        Assert.Equal("last", (await bobMessages.NextAsync()).Body);
        Assert.Empty(bobMessages.Drain());
    }
}
