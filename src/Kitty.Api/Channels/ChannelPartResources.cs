using Kitty.Abstractions.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Json;
using Kitty.Api.Users;

namespace Kitty.Api.Channels;

/// <summary>Renders memberships, invites, channel events and keystrokes.</summary>
internal static class ChannelPartResources
{
    public static ChannelMembershipResource Membership(ChannelMembership membership, ApiLinks links) =>
        new(membership.CreatedTime, new HalLinks()
            .Add("user", links, ApiPaths.User(membership.User.Id))
            .Add("channel", links, ApiPaths.Channel(membership.ChannelId))
            .Add("member", links, $"{ApiPaths.Channel(membership.ChannelId)}/members/{membership.User.Id}")
            .Add("application", links, ApiPaths.Application));

    public static ChannelInviteResource Invite(ChannelInvite invite, ApiLinks links) =>
        new(invite.CreatedTime, new HalLinks()
            .Add("invitee", links, ApiPaths.User(invite.Invitee.Id))
            .Add("channel", links, ApiPaths.Channel(invite.ChannelId))
            .Add("application", links, ApiPaths.Application));

    public static ChannelEventResource Event(ChannelEvent channelEvent, long channelId, ApiLinks links) =>
        new(
            channelEvent.Type,
            KittyJson.Raw(channelEvent.PropertiesJson),
            channelEvent.User is { } user ? UserResources.Render(user, links, withLinks: false) : null,
            new HalLinks()
                .Add("channel", links, ApiPaths.Channel(channelId))
                .Add("application", links, ApiPaths.Application));

    public static KeystrokesResource Keystrokes(Keystrokes keystrokes, ApiLinks links) =>
        new(keystrokes.Keys, keystrokes.Username, new HalLinks()
            .Add("channel", links, ApiPaths.Channel(keystrokes.ChannelId))
            .Add("thread", links, ApiPaths.Thread(keystrokes.ThreadId))
            .Add("application", links, ApiPaths.Application));
}
