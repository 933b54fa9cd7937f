using Kitty.Abstractions.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Channels;

/// <summary>Renders channels.</summary>
internal static class ChannelResources
{
    public static ChannelResource Render(Channel channel, ApiLinks links, MentionLookup mentions, bool withLinks = true)
    {
        var direct = channel.Type == ChannelType.DIRECT;
        return new ChannelResource(
            channel.Type.ToString(),
            channel.Id,
            direct ? null : channel.Name,
            direct ? null : channel.DisplayName ?? channel.Name,
            channel.CreatedTime,
            channel.Creator is { } creator ? UserResources.Render(creator, links, withLinks: false) : null,
            channel.LastReceivedMessage is { } last ? MessageResources.Render(last, links, mentions, withLinks: false) : null,
            direct ? (channel.Members ?? []).Select(m => UserResources.Render(m, links, withLinks: false)).ToList() : null,
            KittyJson.Raw(channel.PropertiesJson),
            withLinks ? Links(channel, links) : null);
    }

    private static HalLinks Links(Channel channel, ApiLinks links)
    {
        var self = ApiPaths.Channel(channel.Id);
        var result = new HalLinks()
            .Add("self", links, self)
            .Add("participants", links, self + "/participants")
            .Add("messages", links, self + "/messages")
            .Add("events", links, self + "/events");
        if (channel.Type != ChannelType.DIRECT)
        {
            result.Add("memberships", links, self + "/memberships")
                .Add("members", links, self + "/members")
                .Add("moderators", links, self + "/moderators");
        }

        return result.Add("application", links, ApiPaths.Application);
    }
}
