using Kitty.Abstractions.Messages;
using Kitty.Grains.Json;

namespace Kitty.Grains.Channels;

/// <summary>Named (STANDALONE) threads; MESSAGE threads are made by the first reply.</summary>
public sealed partial class ChannelGrain
{
    public async Task<ReplyThread> CreateThread(long applicationId, long userId, string name, string propertiesJson)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (string.IsNullOrWhiteSpace(name) || name.Length > ChannelRules.MaxNameLength)
            throw KittyException.Invalid($"A thread 'name' must have 1 to {ChannelRules.MaxNameLength} characters.");
        var thread = new ReplyThread(ids.NextId(), applicationId, ChannelId, ReplyThreadType.STANDALONE, name, null,
            JsonProperties.Normalize(propertiesJson), time.GetUtcNow());
        await store.CreateThread(thread);
        return thread;
    }
}
