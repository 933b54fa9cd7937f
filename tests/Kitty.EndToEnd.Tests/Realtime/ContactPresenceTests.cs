using Kitty.Testing;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>Contacts hear of presence over real hub connections; a user's own change goes to their other devices only.</summary>
[Collection(ServerCollection.Name)]
public sealed class ContactPresenceTests(KittyServerFixture fixture)
{
    [Fact]
    public async Task AContactsPresence_ReachesUsersSharingAChannel_AndSelfUpdatesSkipTheCallingDevice()
    {
        var bob = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique("bob"));
        await using var bobs = await bob.ConnectAsync();
        var alice = await RealtimeSession.StartAsync(fixture.BaseUrl, RealtimeSession.Unique("alice"));
        await using var alicePhone = await alice.ConnectAsync();
        await alicePhone.Call("CreateChannel", new { type = "PRIVATE", name = RealtimeSession.Unique("pair"), members = new[] { new { id = bob.UserId } } });
        var aliceLaptop = await alice.ConnectAsync();

        await alicePhone.Call("UpdatePresence", new { status = "DO_NOT_DISTURB" });

        var busy = await bobs.WaitFor("contact.presence.changed",
            e => e.GetProperty("resource").GetProperty("presence").Text("status") == "DO_NOT_DISTURB");
        Assert.Equal(alice.UserId, busy.GetProperty("resource").Id());
        var self = await aliceLaptop.WaitFor("user.self.updated");
        Assert.Equal("DO_NOT_DISTURB", self.GetProperty("resource").GetProperty("presence").Text("status"));

        // The laptop's own update reaches the phone; the phone's earlier one never did.
        await aliceLaptop.Call("UpdateCurrentUser", new { displayName = "Alice A." });
        var marker = await alicePhone.WaitFor("user.self.updated");
        Assert.Equal("Alice A.", marker.GetProperty("resource").Text("displayName"));
        Assert.DoesNotContain(alicePhone.Before(marker), e => e.Text("type") == "user.self.updated");
        var renamed = await bobs.WaitFor("contact.user.updated");
        Assert.Equal("Alice A.", renamed.GetProperty("resource").Text("displayName"));

        await aliceLaptop.DisposeAsync();
        await alicePhone.DisposeAsync();
        var offline = await bobs.WaitFor("contact.presence.changed",
            e => !e.GetProperty("resource").GetProperty("presence").GetProperty("online").GetBoolean());
        Assert.Equal(alice.UserId, offline.GetProperty("resource").Id());
    }
}
