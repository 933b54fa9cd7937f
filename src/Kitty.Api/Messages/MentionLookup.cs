using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Api.Messages;

/// <summary>
/// The users and channels that a batch of messages mentions, fetched once per response. Targets that no
/// longer exist are simply missing (their mentions render without <c>user</c>/<c>channel</c>).
/// </summary>
internal sealed class MentionLookup(IReadOnlyDictionary<long, ChatUser> users, IReadOnlyDictionary<long, Channel> channels)
{
    public static MentionLookup Empty { get; } = new(new Dictionary<long, ChatUser>(), new Dictionary<long, Channel>());

    public ChatUser? User(long id) => users.GetValueOrDefault(id);

    public Channel? Channel(long id) => channels.GetValueOrDefault(id);

    public static async Task<MentionLookup> Load(IGrainFactory grains, long applicationId, IEnumerable<Message?> messages)
    {
        var mentions = messages.OfType<Message>().SelectMany(m => m.Mentions ?? []).ToList();
        if (mentions.Count == 0)
        {
            return Empty;
        }

        var userIds = mentions.Where(m => m.Type == MentionType.USER).Select(m => m.TargetId).Distinct();
        var channelIds = mentions.Where(m => m.Type == MentionType.CHANNEL).Select(m => m.TargetId).Distinct();
        var userTasks = userIds.Select(id => Fetch(() => grains.GetGrain<IUserGrain>(id).Get(applicationId))).ToList();
        var channelTasks = channelIds.Select(id => Fetch(() => grains.GetGrain<IChannelGrain>(id).Get(applicationId))).ToList();
        var foundUsers = await Task.WhenAll(userTasks);
        var foundChannels = await Task.WhenAll(channelTasks);
        return new MentionLookup(
            foundUsers.OfType<ChatUser>().ToDictionary(u => u.Id),
            foundChannels.OfType<Channel>().ToDictionary(c => c.Id));
    }

    private static async Task<T?> Fetch<T>(Func<Task<T>> get) where T : class
    {
        try
        {
            return await get();
        }
        catch (KittyException exception) when (exception.Error is KittyError.ResourceNotFoundError or KittyError.AccessDeniedError)
        {
            return null;
        }
    }
}
