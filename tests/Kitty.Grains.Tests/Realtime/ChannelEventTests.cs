using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>
/// What a channel announces on its stream when its messages, typing state and channel change. A probe may
/// also get events published just before it subscribed (memory streams deliver from a queue), so tests
/// look at the events of the operation under test.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ChannelEventTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private SendMessage Text(long userId, string body, long? replyTo = null, long? threadId = null) =>
        new(ApplicationId, userId, body, null, null, "{}", ThreadId: threadId, ReplyToMessageId: replyTo);

    private async Task<(ChatUser Jane, IChannelGrain Channel, Channel Model)> ChannelWithJane(ChannelType type = ChannelType.PUBLIC)
    {
        var jane = await CreateUser("jane");
        var model = await CreateGroupChannel(type, $"room-{Guid.NewGuid():N}", jane);
        return (jane, Grains.GetGrain<IChannelGrain>(model.Id), model);
    }

    [Fact]
    public async Task SendMessage_ToTheMainThread_ArrivesOnTheChannelStreamInSeqOrder()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);

        for (var i = 0; i < 10; i++) await channel.SendMessage(Text(jane.Id, $"hello {i}"));

        var created = await events.Take(10, ChatEventTypes.MessageCreated);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long?)i), created.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"hello {i}"), created.Select(e => e.Message!.Body));
        Assert.All(created, e => Assert.Equal(model.Id, e.ChannelId));
        Assert.All(created, e => Assert.Null(e.ThreadId));
        Assert.All(created, e => Assert.Equal("jane", e.Message!.User!.Name));
    }

    [Fact]
    public async Task Reply_IsAThreadMessage_AndUpdatesTheParentsRepliesCount()
    {
        var (jane, channel, model) = await ChannelWithJane();
        var parent = await channel.SendMessage(Text(jane.Id, "question"));
        await using var events = await ListenToChannel(model.Id);

        var reply = await channel.SendMessage(Text(jane.Id, "answer", replyTo: parent.Id));

        var threadMessage = await events.Next(ChatEventTypes.ThreadMessageCreated);
        Assert.Equal(reply.Id, threadMessage.Message!.Id);
        Assert.Equal(reply.ThreadId, threadMessage.ThreadId);
        var updated = await events.Next(ChatEventTypes.MessageUpdated);
        Assert.Equal(parent.Id, updated.Message!.Id);
        Assert.Equal(1, updated.Message.RepliesCount);
        Assert.DoesNotContain(events.Events, e => e.Type == ChatEventTypes.MessageCreated && e.Message!.Id == reply.Id);
    }

    [Fact]
    public async Task EditingAndDeletingAMessage_AreAnnouncedWithItsSeq()
    {
        var (jane, channel, model) = await ChannelWithJane();
        var message = await channel.SendMessage(Text(jane.Id, "typo"));
        await using var events = await ListenToChannel(model.Id);

        await channel.UpdateMessage(ApplicationId, message.Id, new MessagePatch("fixed", null));
        await channel.DeleteMessage(ApplicationId, message.Id);

        var updated = await events.Next(ChatEventTypes.MessageUpdated);
        Assert.Equal(("fixed", (long?)message.Seq), (updated.Message!.Body, updated.Seq));
        var deleted = await events.Next(ChatEventTypes.MessageDeleted);
        Assert.Equal(message.Id, deleted.Message!.Id);
        Assert.Equal([ChatEventTypes.MessageUpdated, ChatEventTypes.MessageDeleted],
            events.Events.Where(e => e.Message!.Id == message.Id).Select(e => e.Type).Where(t => t != ChatEventTypes.MessageCreated));
    }

    [Fact]
    public async Task Keystrokes_StartTypingOnce_AndEmptyKeysStopIt()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);

        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "h");
        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "he");
        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "");

        var stopped = await events.Next(ChatEventTypes.TypingStopped);
        Assert.Equal(jane.Id, stopped.User!.Id);
        Assert.Equal(["h", "he", ""], (await events.Take(3, ChatEventTypes.KeystrokesCreated)).Select(e => e.Keystrokes!.Keys));
        Assert.Equal(jane.Id, (await events.Next(ChatEventTypes.TypingStarted)).User!.Id);
        Assert.Equal(1, events.Count(ChatEventTypes.TypingStarted));
        Assert.Equal("jane", events.Events[0].Keystrokes!.Username);
    }

    [Fact]
    public async Task SendingAMessage_StopsTheSendersTyping()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);

        await channel.SendKeystrokes(ApplicationId, jane.Id, null, "hello");
        await channel.SendMessage(Text(jane.Id, "hello"));

        var stopped = await events.Next(ChatEventTypes.TypingStopped);
        Assert.Equal(jane.Id, stopped.User!.Id);
        Assert.Equal(
            [ChatEventTypes.KeystrokesCreated, ChatEventTypes.TypingStarted, ChatEventTypes.MessageCreated, ChatEventTypes.TypingStopped],
            events.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task TriggerEvent_IsAnnouncedWithItsTypeAndProperties()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);

        await channel.TriggerEvent(ApplicationId, jane.Id, "poll.opened", """{"question":"lunch?"}""");

        var triggered = await events.Next(ChatEventTypes.EventTriggered);
        Assert.Equal("poll.opened", triggered.CustomEvent!.Type);
        Assert.Contains("lunch?", triggered.CustomEvent.PropertiesJson, StringComparison.Ordinal);
        Assert.Equal(jane.Id, triggered.CustomEvent.User!.Id);
    }

    [Fact]
    public async Task UpdatingTheChannel_TellsItsChatSessionsAndEveryMember()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);
        await using var janes = await ListenToUser(jane.Id);

        await channel.Update(ApplicationId, new ChannelPatch("Renamed", null));

        Assert.Equal("Renamed", (await events.Next(ChatEventTypes.ChannelUpdated)).Channel!.DisplayName);
        Assert.Equal("Renamed", (await janes.Next(ChatEventTypes.UserChannelUpdated)).Channel!.DisplayName);
    }

    [Fact]
    public async Task DeletingTheChannel_TellsItsChatSessionsAndEveryMember()
    {
        var (jane, channel, model) = await ChannelWithJane();
        await using var events = await ListenToChannel(model.Id);
        await using var janes = await ListenToUser(jane.Id);

        await channel.Delete(ApplicationId);

        Assert.Equal(model.Id, (await events.Next(ChatEventTypes.ChannelDeleted)).Channel!.Id);
        Assert.Equal(model.Id, (await janes.Next(ChatEventTypes.UserChannelDeleted)).Channel!.Id);
    }
}
