using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Realtime;

namespace Kitty.Grains.Channels;

/// <summary>
/// Reactions: the store keeps one row per (message, user, emoji) and the message's summary; each change is
/// <c>message.reaction.created</c>/<c>.removed</c> and <c>channel.message.updated</c> with the new summary.
/// </summary>
public sealed partial class ChannelGrain
{
    public async Task<Reaction> React(long applicationId, long userId, long messageId, string emoji)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var character = EmojiCharacter(emoji);
        _ = await GetMessageOfThisChannel(messageId);
        var added = await store.AddReaction(applicationId, messageId, userId, character, time.GetUtcNow());
        var reaction = await store.FindReaction(applicationId, messageId, userId, character) ?? throw KittyException.NotFound("Message");
        if (added) await AnnounceReaction(ChatEventTypes.ReactionCreated, reaction);
        return reaction;
    }

    public async Task<Reaction> RemoveReaction(long applicationId, long userId, long messageId, string emoji)
    {
        EnsureVisibleTo(applicationId);
        EnsureMember(userId);
        var character = EmojiCharacter(emoji);
        _ = await GetMessageOfThisChannel(messageId);
        var removed = await store.RemoveReaction(applicationId, messageId, userId, character) ?? throw KittyException.NotFound("Reaction");
        await AnnounceReaction(ChatEventTypes.ReactionRemoved, removed);
        return removed;
    }

    private async Task AnnounceReaction(string type, Reaction reaction)
    {
        var message = await GetMessageOfThisChannel(reaction.MessageId);
        await Publish(new ChatEvent(type, ChannelId, Message: message, Reaction: reaction));
        await Publish(new ChatEvent(ChatEventTypes.MessageUpdated, ChannelId, Seq: message.Seq, Message: message));
    }

    private static string EmojiCharacter(string emoji) =>
        Emojis.Character(emoji) ?? throw KittyException.Invalid("'emoji' must be an emoji character or a known :alias:.");
}
