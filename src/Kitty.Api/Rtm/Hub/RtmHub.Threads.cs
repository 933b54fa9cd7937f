using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Api.Json;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Named threads (client-sdk.md §7.4); reply threads come from <c>SendMessage({ replyToMessageId })</c>.</summary>
internal sealed partial class RtmHub
{
    /// <summary><c>CreateThread(channelId, { name, properties? })</c> → a STANDALONE thread.</summary>
    public async Task<object?> CreateThread(object? channelId, object? thread)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var body = HubArgs.Object(thread, "thread");
        var name = body.RequiredString("name");
        var properties = body.OptionalObjectJson("properties") ?? "{}";
        await MemberChannel(id);
        var created = await grains.GetGrain<IChannelGrain>(id).CreateThread(App, Me, name, properties);
        return ReadStateTrees.Thread(created, Links);
    }

    /// <summary><c>ListThreads(channelId, page?)</c>: the channel's STANDALONE threads, oldest first.</summary>
    public async Task<object?> ListThreads(object? channelId, object? page)
    {
        var id = HubArgs.Id(channelId, "channelId");
        await VisibleChannel(id);
        var threads = await grains.GetGrain<IMessageDirectoryGrain>(App).ListThreads(id, OptionalPage(page).Offset());
        return PageArgs.ToHubPage(threads, t => ReadStateTrees.Thread(t, Links));
    }
}
