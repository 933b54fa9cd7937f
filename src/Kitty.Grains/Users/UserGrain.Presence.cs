using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Users;

/// <summary>
/// Presence: online while at least one connection lives; the status is the user's choice. Others see an
/// INVISIBLE or offline user as offline and UNAVAILABLE; the user sees the real status.
/// </summary>
public sealed partial class UserGrain
{
    public async Task<ChatUser> UpdatePresence(long applicationId, string status)
    {
        EnsureVisibleTo(applicationId);
        ValidatePresenceStatus(status);
        var before = VisiblePresence;
        State.PresenceStatus = status;
        await user.WriteStateAsync();
        await ProjectPresenceIfChanged(before);
        return await PublishSelfUpdated();
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
    }

    /// <summary>Tells the user's connections about their own new profile; returns it.</summary>
    private async Task<ChatUser> PublishSelfUpdated()
    {
        var current = ToCurrentUser();
        await Events.ToUser(UserId, new ChatEvent(ChatEventTypes.SelfUpdated, User: current));
        return current;
    }
}
