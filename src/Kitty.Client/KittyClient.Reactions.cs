using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    /// <summary>
    /// Reacts to a message: <c>message.reaction.created</c> (<see cref="ReactionCreated"/>) and a
    /// <c>channel.message.updated</c> carrying the new <see cref="Message.Reactions"/>. Reacting twice with the same emoji is one reaction.
    /// </summary>
    /// <param name="messageId">The message.</param>
    /// <param name="emoji">The emoji character (<c>👍</c>) or a <c>:alias:</c> (<c>:+1:</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Reaction> ReactToMessageAsync(long messageId, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(emoji);
        return InvokeAsync<Reaction>("ReactToMessage", cancellationToken, messageId, emoji);
    }

    /// <summary>Takes the user's reaction back: <c>message.reaction.removed</c> (<see cref="ReactionRemoved"/>) and <c>channel.message.updated</c>.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="emoji">The emoji character or a <c>:alias:</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The removed reaction.</returns>
    public Task<Reaction> RemoveReactionAsync(long messageId, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(emoji);
        return InvokeAsync<Reaction>("RemoveReaction", cancellationToken, messageId, emoji);
    }

    /// <summary>Lists the reactions to a message, first reaction first.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="page">Which page (cursors are page numbers).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<Page<Reaction>> ListReactionsAsync(long messageId, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        InvokeAsync<Page<Reaction>>("ListReactions", cancellationToken, messageId, page);
}
