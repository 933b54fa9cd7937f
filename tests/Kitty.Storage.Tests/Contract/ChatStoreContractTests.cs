using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IChatStore"/> implementation must do. An implementation's test class derives from
/// this, supplies the store and the few writes the interface leaves to other components, and inherits every
/// test. Each test works in fresh applications, so a store may be shared by the tests of one class.
/// </summary>
public abstract partial class ChatStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

    protected IChatStore Store { get; private set; } = null!;

    /// <summary>The application of the test.</summary>
    protected long App { get; } = Ids.Next();

    /// <summary>Another application, whose rows the test must never see.</summary>
    protected long OtherApp { get; } = Ids.Next();

    protected abstract Task<IChatStore> CreateStoreAsync();

    /// <summary>Closes the store and opens a new one on the same storage (for durability tests).</summary>
    protected abstract Task<IChatStore> ReopenStoreAsync();

    protected abstract Task InsertNotification(Notification notification);

    protected abstract Task InsertUserSession(UserSession session);

    protected abstract Task InsertChatSession(ChatSession session);

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task Reopen() => Store = await ReopenStoreAsync();

    protected static PageRequest Page(int number, int size, params SortOrder[] sort) => new(number, size, sort);

    protected async Task<ChatUser> AddUser(
        string name, long? app = null, string? displayName = null, string properties = "{}", DateTimeOffset? created = null)
    {
        var user = new ChatUser(
            Ids.Next(), app ?? App, UserType.PERSON, name, displayName ?? name.ToUpperInvariant(), null, false,
            UserPresence.Offline, properties, created ?? T0);
        await Store.UpsertUser(user);
        return user;
    }

    protected async Task<ChannelRecord> AddChannel(
        ChannelType type = ChannelType.PUBLIC,
        ChatUser? creator = null,
        string? name = null,
        long? app = null,
        DateTimeOffset? created = null,
        string properties = "{}",
        params ChatUser[] members)
    {
        var id = Ids.Next();
        var application = app ?? App;
        var channel = new ChannelRecord(
            id, application, type, type == ChannelType.DIRECT ? null : name ?? $"channel-{id}", name?.ToUpperInvariant(),
            properties, created ?? T0, creator?.Id, Ids.Next());
        await Store.UpsertChannel(channel);
        await Store.CreateThread(new ReplyThread(channel.MainThreadId, application, id, ReplyThreadType.MAIN, null, null, "{}", channel.CreatedTime));
        foreach (var member in members)
        {
            await Store.AddMember(application, id, member.Id, channel.CreatedTime);
        }

        return channel;
    }

    protected static Message NewMessage(
        ChannelRecord channel,
        long seq,
        ChatUser? sender,
        string? body = "hello",
        long? threadId = null,
        long? parentMessageId = null,
        MessageType type = MessageType.TEXT) => new(
            Ids.Next(), channel.ApplicationId, channel.Id, seq, threadId ?? channel.MainThreadId, type, sender?.Id, null, body,
            null, null, "{}", T0.AddSeconds(seq), null, parentMessageId is null ? 0 : 1, parentMessageId, 0, [], []);

    /// <summary>Appends a message at the channel's next seq.</summary>
    protected async Task<Message> Send(
        ChannelRecord channel, ChatUser? sender, string? body = "hello", long? threadId = null, long? parentMessageId = null)
    {
        var seq = await Store.GetLastSeq(channel.Id) + 1;
        var message = NewMessage(channel, seq, sender, body, threadId, parentMessageId);
        await Store.AppendMessage(message, null);
        return message;
    }

    protected static IEnumerable<long> IdsOf(IEnumerable<ChatUser> users) => users.Select(u => u.Id);

    protected static IEnumerable<long> IdsOf(IEnumerable<Channel> channels) => channels.Select(c => c.Id);

    protected static IEnumerable<long> IdsOf(IEnumerable<Message> messages) => messages.Select(m => m.Id);
}
