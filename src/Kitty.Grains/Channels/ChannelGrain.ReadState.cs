using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Channels;

/// <summary>
/// Per-member read state: read pointers (the highest seq a member read; grain state decides, the store's
/// <c>read_pointers</c> row is its projection for unread counts), read receipts, hidden direct channels and
/// messages deleted for one member.
/// </summary>
public sealed partial class ChannelGrain
{
    private const int ReceiptLookBack = 20;

    public async Task<ReadReceipt> ReadMessage(long applicationId, long userId, long messageId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var message = await GetMessageOfThisChannel(messageId);
        // Seqs count every thread; only a main-thread message moves the pointer that unread counts use.
        if (message.ThreadId == State.MainThreadId) await AdvanceReadPointer(userId, message.Seq);
        return await Receipt(userId, message);
    }

    /// <summary>
    /// Moves the pointer to the channel's last seq. Only the newest main-thread message others sent (among the latest
    /// few) gets a receipt,
    /// and only when it was unread: one event per call, whatever the backlog (realtime-protocol.md allows us that).
    /// </summary>
    public async Task<Channel> ReadChannel(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var before = State.ReadSeqs.GetValueOrDefault(userId);
        await AdvanceReadPointer(userId, await LastSeq());
        if (await NewestFromOthers(userId) is { } newest && newest.Seq > before) await Receipt(userId, newest);
        return await Get(applicationId);
    }

    public async Task<Channel> Hide(long applicationId, long userId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        if (State.Type != ChannelType.DIRECT)
            throw new KittyException(KittyError.InvalidOperationError, "Only direct channels can be hidden.");
        var hidden = await Get(applicationId);
        var added = State.HiddenBy.Add(userId);
        if (added) await SaveState();
        // Written even when already hidden: idempotent, and it projects a mark kept before the store had one.
        await store.HideChannel(applicationId, ChannelId, userId, time.GetUtcNow());
        if (added) await Events.ToUser(userId, new ChatEvent(ChatEventTypes.UserChannelHidden, ChannelId, Channel: hidden));

        return hidden;
    }

    public async Task<Message> DeleteMessageForMember(long applicationId, long userId, long messageId)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var message = await GetMessageOfThisChannel(messageId);
        await store.HideMessage(applicationId, messageId, userId, time.GetUtcNow());
        return message;
    }

    /// <summary>A new message brings the channel back to every member who hid it (<c>user.channel.unhidden</c>).</summary>
    private async Task UnhideForAll()
    {
        if (State.HiddenBy.Count == 0) return;
        var members = State.HiddenBy.ToList();
        State.HiddenBy.Clear();
        await SaveState();
        await store.UnhideChannel(State.ApplicationId, ChannelId);
        var unhidden = await Get(State.ApplicationId);
        await Events.ToUsers(members, new ChatEvent(ChatEventTypes.UserChannelUnhidden, ChannelId, Channel: unhidden));
    }

    /// <summary>The newest main-thread message someone else sent, looked for among the latest few.</summary>
    private async Task<Message?> NewestFromOthers(long userId)
    {
        var latest = await store.ListMessages(State.ApplicationId, new MessageQuery(ChannelId: ChannelId),
            new CursorRequest(ReceiptLookBack, null, null, CursorRelation.SELF));
        return latest.Items.FirstOrDefault(m => m.UserId != userId);
    }

    private async Task AdvanceReadPointer(long userId, long seq)
    {
        if (seq <= State.ReadSeqs.GetValueOrDefault(userId)) return;
        State.ReadSeqs[userId] = seq;
        await SaveState();
        await store.SetReadPointer(State.ApplicationId, ChannelId, userId, seq);
    }

    /// <summary>Stores the receipt and announces it to the channel's chat sessions and to the message's author.</summary>
    private async Task<ReadReceipt> Receipt(long userId, Message message)
    {
        var now = time.GetUtcNow();
        await store.AddReadReceipt(State.ApplicationId, message.Id, userId, now);
        var reader = await GrainFactory.GetGrain<IUserGrain>(userId).Get(State.ApplicationId);
        var receipt = new ReadReceipt(message.Id, reader, now);
        var created = new ChatEvent(ChatEventTypes.ReadReceiptCreated, ChannelId, Message: message, ReadReceipt: receipt);
        await Publish(created);
        if (message.UserId is { } author && author != userId) await Events.ToUser(author, created);
        return receipt;
    }
}
