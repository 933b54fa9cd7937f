using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Channels;

[StatelessWorker]
public sealed class ChannelDirectoryGrain(IChatStore store, IIdGenerator ids) : Grain, IChannelDirectoryGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<Channel> CreateChannel(CreateChannel command)
    {
        if (command.ApplicationId != ApplicationId) throw KittyException.NotFound("Application");
        var users = GrainFactory.GetGrain<IUserDirectoryGrain>(ApplicationId);
        long? creatorId = command.Creator is { } creator ? await users.Resolve(creator) : null;
        var memberIds = new List<long>();
        foreach (var member in command.Members) memberIds.Add(await users.Resolve(member));
        var allMembers = (creatorId is { } creatorMember ? memberIds.Append(creatorMember) : memberIds).Distinct().ToList();

        var id = ids.NextId();
        string nameKey;
        string? name = null;
        string? displayName = null;
        if (command.Type == ChannelType.DIRECT)
        {
            if (allMembers.Count is < ChannelRules.MinDirectMembers or > ChannelRules.MaxDirectMembers)
                throw KittyException.Invalid(
                    $"A direct channel has {ChannelRules.MinDirectMembers} to {ChannelRules.MaxDirectMembers} distinct members, creator included.");
            nameKey = UniqueNames.DirectChannel(ApplicationId, allMembers);
            if (creatorId is { } opener) await EnsureNotBlockedBy(allMembers, opener);
        }
        else
        {
            name = string.IsNullOrWhiteSpace(command.Name) ? Guid.NewGuid().ToString() : command.Name;
            if (name.Length > ChannelRules.MaxNameLength)
                throw KittyException.Invalid($"'name' is longer than {ChannelRules.MaxNameLength} characters.");
            displayName = string.IsNullOrWhiteSpace(command.DisplayName) ? name : command.DisplayName;
            if (displayName.Length > ChannelRules.MaxDisplayNameLength)
                throw KittyException.Invalid($"'displayName' is longer than {ChannelRules.MaxDisplayNameLength} characters.");
            nameKey = UniqueNames.Channel(ApplicationId, name);
        }

        var owner = await GrainFactory.GetGrain<IUniqueNameGrain>(nameKey).Claim(id);
        if (owner != id)
        {
            var existing = await GrainFactory.GetGrain<IChannelGrain>(owner).Get(ApplicationId);
            return existing.Type == command.Type
                ? existing
                : throw new KittyException(KittyError.DuplicateResourceError, $"A channel named '{name}' already exists.");
        }

        var channel = new NewChannel(ApplicationId, command.Type, name, displayName, creatorId,
            allMembers, command.PropertiesJson, ids.NextId());
        return await GrainFactory.GetGrain<IChannelGrain>(id).Create(channel);
    }

    public Task<Page<Channel>> ListChannels(ChannelQuery query, PageRequest page) => store.ListChannels(ApplicationId, query, page);

    public async Task<Page<Channel>> ListUserChannels(long userId, PageRequest page)
    {
        _ = await store.GetUser(ApplicationId, userId) ?? throw KittyException.NotFound("User");
        return await store.ListUserChannels(ApplicationId, userId, page);
    }

    public Task<Page<Channel>> ListChannelsForUser(UserChannelQuery query, PageRequest page) =>
        store.ListChannelsForUser(ApplicationId, query, page);

    public async Task<Page<ChatUser>> ListMembers(long channelId, PageRequest page)
    {
        await EnsureChannel(channelId);
        return await store.ListMembers(ApplicationId, channelId, page);
    }

    public async Task<Page<ChannelMembership>> ListMemberships(long channelId, PageRequest page)
    {
        await EnsureChannel(channelId);
        return await store.ListMemberships(ApplicationId, channelId, page);
    }

    public async Task<Page<ChatUser>> ListModerators(long channelId, PageRequest page)
    {
        await EnsureChannel(channelId);
        return await store.ListModerators(ApplicationId, channelId, page);
    }

    public async Task<Page<ChannelInvite>> ListInvites(long channelId, PageRequest page)
    {
        await EnsureChannel(channelId);
        return await store.ListInvites(ApplicationId, channelId, page);
    }

    /// <summary>A user cannot open (or reopen) a direct channel with someone who blocked them.</summary>
    private async Task EnsureNotBlockedBy(IEnumerable<long> members, long opener)
    {
        foreach (var member in members.Where(m => m != opener))
        {
            if (await GrainFactory.GetGrain<IUserGrain>(member).HasBlocked(ApplicationId, opener))
                throw new KittyException(KittyError.InvalidOperationError, "A member of this direct channel blocked you.");
        }
    }

    private async Task EnsureChannel(long channelId)
    {
        _ = await store.GetChannel(ApplicationId, channelId) ?? throw KittyException.NotFound("Channel");
    }
}
