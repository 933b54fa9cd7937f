using System.Text.Json;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Reactions (client-sdk.md §7.3): an emoji is its character or a <c>:alias:</c>.</summary>
internal sealed partial class RtmHub
{
    /// <summary><c>ReactToMessage(id, emoji)</c> → the reaction; <c>message.reaction.created</c> and <c>channel.message.updated</c>.</summary>
    public async Task<object?> ReactToMessage(object? id, object? emoji)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        var reaction = await grains.GetGrain<IChannelGrain>(message.ChannelId).React(App, Me, message.Id, EmojiArg(emoji));
        return ReadStateTrees.Reaction(reaction, Links);
    }

    /// <summary><c>RemoveReaction(id, emoji)</c> → the removed reaction; <c>message.reaction.removed</c> and <c>channel.message.updated</c>.</summary>
    public async Task<object?> RemoveReaction(object? id, object? emoji)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        var reaction = await grains.GetGrain<IChannelGrain>(message.ChannelId).RemoveReaction(App, Me, message.Id, EmojiArg(emoji));
        return ReadStateTrees.Reaction(reaction, Links);
    }

    /// <summary><c>ListReactions(id, page?)</c>: first reaction first.</summary>
    public async Task<object?> ListReactions(object? id, object? page)
    {
        var message = await MemberMessage(HubArgs.Id(id, "id"));
        var reactions = await grains.GetGrain<IMessageDirectoryGrain>(App).ListReactions(message.Id, OptionalPage(page).Offset());
        return PageArgs.ToHubPage(reactions, r => ReadStateTrees.Reaction(r, Links));
    }

    private static string EmojiArg(object? emoji)
    {
        var element = HubArgs.Element(emoji);
        return element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw KittyException.Invalid("'emoji' must be a string");
    }
}
