using Kitty.Client.Events;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>Events a member gets outside chat sessions: participant typing and contacts' presence and profiles.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContactEventTests(KittyServerFixture server) : ClientTestBase(server)
{
    [Fact]
    public async Task AMemberWithoutAChatSession_SeesTypingContactPresenceAndProfileChanges()
    {
        var alice = await ConnectAsync("alice");
        var bob = await ConnectAsync("bob");
        var typing = new Recorder<KittyEventArgs<User>>();
        var stopped = new Recorder<KittyEventArgs<User>>();
        var presence = new Recorder<KittyEventArgs<User>>();
        var profiles = new Recorder<KittyEventArgs<User>>();
        bob.TypingStarted += (_, e) => typing.Add(e);
        bob.TypingStopped += (_, e) => stopped.Add(e);
        bob.PresenceChanged += (_, e) => presence.Add(e);
        bob.UserUpdated += (_, e) => profiles.Add(e);
        var channel = await alice.CreateChannelAsync(new CreateChannelRequest("PRIVATE", Name("room"), Members: [UserRef.ById(bob.CurrentUser.Id)]));

        await alice.SendKeystrokesAsync(new KeystrokesRequest("hel", ChannelId: channel.Id));
        var started = await typing.NextAsync(e => e.Resource.Id == alice.CurrentUser.Id);
        Assert.Equal((KittyEventTypes.ParticipantTypingStarted, channel.Id), (started.Type, started.ChannelId));
        await alice.SendKeystrokesAsync(new KeystrokesRequest("", ChannelId: channel.Id));
        Assert.Equal(KittyEventTypes.ParticipantTypingStopped, (await stopped.NextAsync(e => e.Resource.Id == alice.CurrentUser.Id)).Type);

        await alice.UpdatePresenceAsync("DO_NOT_DISTURB");
        var changed = await presence.NextAsync(e => e.Type == KittyEventTypes.ContactPresenceChanged && e.Resource.Id == alice.CurrentUser.Id);
        Assert.Equal("DO_NOT_DISTURB", changed.Resource.Presence!.Status);

        await alice.UpdateCurrentUserAsync(new CurrentUserUpdate(DisplayName: "Alice the Great"));
        var updated = await profiles.NextAsync(e => e.Resource.Id == alice.CurrentUser.Id);
        Assert.Equal((KittyEventTypes.ContactUpdated, "Alice the Great"), (updated.Type, updated.Resource.DisplayName));
    }
}
