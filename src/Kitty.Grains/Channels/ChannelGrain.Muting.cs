using Kitty.Abstractions.Channels;

namespace Kitty.Grains.Channels;

/// <summary>Per-member mutes: a muted member still gets notifications, marked <c>muted</c>.</summary>
public sealed partial class ChannelGrain
{
    public async Task<Channel> Mute(long applicationId, long userId, bool muted)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var changed = muted ? State.Muted.Add(userId) : State.Muted.Remove(userId);
        if (changed) await SaveState();
        return await Get(applicationId);
    }

    public Task<IReadOnlyList<long>> SelectMembers(long applicationId, IReadOnlyList<long> userIds) =>
        Task.FromResult<IReadOnlyList<long>>(State.Exists && State.ApplicationId == applicationId
            ? [.. userIds.Where(State.Members.Contains)]
            : []);
}
