using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Users;

/// <summary>
/// Presence: online while at least one connection lives; the status is the user's choice. Others see an
/// INVISIBLE or offline user as offline and UNAVAILABLE; the user sees the real status. A change others see
/// goes to the user's channels (their chat sessions) and to their contacts: the distinct users who share a
/// channel with them, at most <see cref="RealtimeFanoutOptions.MaxContacts"/>, one publish each.
/// </summary>
public sealed partial class UserGrain
{
    public async Task<ChatUser> UpdatePresence(long applicationId, string status, string? connectionId = null)
    {
        EnsureVisibleTo(applicationId);
        ValidatePresenceStatus(status);
        var before = VisiblePresence;
        State.PresenceStatus = status;
        await user.WriteStateAsync();
        await ProjectPresenceIfChanged(before);
        return await PublishSelfUpdated(connectionId);
    }

    private UserPresence VisiblePresence =>
        Online && State.PresenceStatus != PresenceStatus.Invisible ? new UserPresence(State.PresenceStatus, true) : UserPresence.Offline;

    private static void ValidatePresenceStatus(string status)
    {
        if (!PresenceStatus.IsKnown(status)) throw KittyException.Invalid($"Unknown presence status '{status}'.");
    }

    /// <summary>When what others see changed: the store's user row follows, and the user's channels hear of it.</summary>
    private async Task ProjectPresenceIfChanged(UserPresence before)
    {
        if (VisiblePresence == before) return;
        var model = ToModel();
        await store.UpsertUser(model);
        await AnnouncePresence(model);
    }

    private async Task AnnouncePresence(ChatUser model)
    {
        // One-way calls: each returns at once, the channels relay to their chat sessions.
        foreach (var channelId in await store.ListMemberChannelIds(State.ApplicationId, UserId))
            await GrainFactory.GetGrain<IChannelGrain>(channelId).AnnouncePresence(model);
        await TellContacts(ChatEventTypes.ContactPresenceChanged, model);
    }

    /// <summary>Publishes the user as others see them on their contacts' streams (bounded, see the class).</summary>
    private async Task TellContacts(string type, ChatUser model)
    {
        var max = ServiceProvider.GetRequiredService<IOptions<RealtimeFanoutOptions>>().Value.MaxContacts;
        if (max == 0) return;
        var contacts = await store.ListContactIds(State.ApplicationId, UserId, max);
        await Events.ToUsers(contacts, new ChatEvent(type, User: model));
    }

    /// <summary>Tells the user's connections, but the one that asked, about their own new profile; returns it.</summary>
    private async Task<ChatUser> PublishSelfUpdated(string? exceptConnectionId)
    {
        var current = ToCurrentUser();
        await Events.ToUser(UserId, new ChatEvent(ChatEventTypes.SelfUpdated, User: current, ExceptConnectionId: exceptConnectionId));
        return current;
    }
}
