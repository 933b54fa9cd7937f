using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Users;
using Kitty.Api.Channels;
using Kitty.Api.Json;
using Kitty.Api.Rtm.Rendering;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Channels (realtime-protocol.md §2.1).</summary>
internal sealed partial class RtmHub
{
    /// <summary><c>CreateChannel({ type, name?, displayName?, members?, properties? })</c>; the caller is the creator.</summary>
    public async Task<object?> CreateChannel(object? request)
    {
        var command = CreateChannelRequest.Parse(HubArgs.Object(request, "request"), App);
        if (!(await grains.GetGrain<IApplicationGrain>(App).GetSettings()).UserCreatedChannels)
        {
            throw new KittyException(KittyError.AccessDeniedError, "This application does not let users create channels");
        }

        var channel = await grains.GetGrain<IChannelDirectoryGrain>(App)
            .CreateChannel(command with { Creator = UserReference.ById(Me) });
        return await RenderChannel(channel);
    }

    /// <summary>
    /// <c>ListChannels({ filter?: { joined?, unread?, name? }, page? })</c>, newest first: joined → member channels;
    /// not joined → public channels the caller is not in; no filter → both; unread → channels with a message the
    /// caller has not read. Direct channels the caller hid are left out until a new message. One store query.
    /// </summary>
    public async Task<object?> ListChannels(object? request)
    {
        var body = HubArgs.OptionalObject(request, "request");
        var filter = body.OptionalObject("filter");
        var query = new UserChannelQuery(Me, filter?.OptionalBool("joined"), filter?.OptionalBool("unread") ?? false, filter?.OptionalString("name"));
        var page = PageArgs.Parse(body.OptionalObject("page"));
        var channels = await grains.GetGrain<IChannelDirectoryGrain>(App).ListChannelsForUser(query, page.Offset());
        var result = PageArgs.ToHubPage(channels, c => c);
        result["items"] = await RenderChannels(channels.Items);
        return result;
    }

    /// <summary><c>RetrieveChannel(id)</c>: members, or anyone for a public channel.</summary>
    public async Task<object?> RetrieveChannel(object? id) => await RenderChannel(await VisibleChannel(HubArgs.Id(id, "id")));

    /// <summary><c>JoinChannel(id)</c>: public channels only.</summary>
    public async Task<object?> JoinChannel(object? id) =>
        await RenderChannel(await grains.GetGrain<IChannelGrain>(HubArgs.Id(id, "id")).Join(App, Me));

    /// <summary><c>LeaveChannel(id)</c>.</summary>
    public async Task<object?> LeaveChannel(object? id)
    {
        var channelId = HubArgs.Id(id, "id");
        await MemberChannel(channelId);
        return await RenderChannel(await grains.GetGrain<IChannelGrain>(channelId).Leave(App, Me));
    }

    /// <summary><c>InviteUser(channelId, { id } | { username })</c> → the invitee.</summary>
    public async Task<object?> InviteUser(object? channelId, object? user)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var invitee = JsonFields.UserReference(HubArgs.Element(user), "user");
        await MemberChannel(id);
        var userId = await grains.GetGrain<IUserDirectoryGrain>(App).Resolve(invitee);
        var invite = await grains.GetGrain<IChannelGrain>(id).Invite(App, userId);
        return RenderUser(invite.Invitee);
    }

    /// <summary><c>UpdateChannel(id, { displayName?, properties? })</c>.</summary>
    public async Task<object?> UpdateChannel(object? id, object? update)
    {
        var channelId = HubArgs.Id(id, "id");
        var body = HubArgs.Object(update, "update");
        var patch = new ChannelPatch(body.OptionalString("displayName"), body.OptionalObjectJson("properties"));
        await MemberChannel(channelId);
        return await RenderChannel(await grains.GetGrain<IChannelGrain>(channelId).Update(App, patch));
    }

    /// <summary><c>DeleteChannel(id)</c>: the channel's creator only.</summary>
    public async Task<object?> DeleteChannel(object? id)
    {
        var channelId = HubArgs.Id(id, "id");
        var channel = await MemberChannel(channelId);
        if (channel.Creator?.Id != Me)
        {
            throw new KittyException(KittyError.AccessDeniedError, "Only the channel's creator may delete it");
        }

        await grains.GetGrain<IChannelGrain>(channelId).Delete(App);
        return null;
    }

    /// <summary><c>ListChannelMembers(id, page?)</c>.</summary>
    public async Task<object?> ListChannelMembers(object? id, object? page)
    {
        var channelId = HubArgs.Id(id, "id");
        var request = PageArgs.Parse(HubArgs.Element(page).ValueKind == System.Text.Json.JsonValueKind.Object ? HubArgs.Element(page) : null);
        await VisibleChannel(channelId);
        var members = await grains.GetGrain<IChannelDirectoryGrain>(App).ListMembers(channelId, request.Offset());
        return PageArgs.ToHubPage(members, u => RenderUser(u));
    }

    /// <summary><c>AddChannelModerator(id, { id } | { username })</c> → the moderator.</summary>
    public async Task<object?> AddChannelModerator(object? id, object? user)
    {
        var channelId = HubArgs.Id(id, "id");
        var reference = JsonFields.UserReference(HubArgs.Element(user), "user");
        await MemberChannel(channelId);
        var userId = await grains.GetGrain<IUserDirectoryGrain>(App).Resolve(reference);
        return RenderUser(await grains.GetGrain<IChannelGrain>(channelId).AddModerator(App, userId));
    }

    /// <summary><c>RemoveChannelModerator(id, userId)</c> → the channel.</summary>
    public async Task<object?> RemoveChannelModerator(object? id, object? userId)
    {
        var channelId = HubArgs.Id(id, "id");
        var moderator = HubArgs.Id(userId, "userId");
        await MemberChannel(channelId);
        return await RenderChannel(await grains.GetGrain<IChannelGrain>(channelId).RemoveModerator(App, moderator));
    }

    /// <summary><c>TriggerEvent(channelId, { type, properties })</c> → the event <c>{ type, user, properties }</c>.</summary>
    public async Task<object?> TriggerEvent(object? channelId, object? channelEvent)
    {
        var id = HubArgs.Id(channelId, "channelId");
        var (type, properties) = ChannelEventRequest.Parse(HubArgs.Object(channelEvent, "event"));
        await MemberChannel(id);
        var sent = await grains.GetGrain<IChannelGrain>(id).TriggerEvent(App, Me, type, properties);
        return ResourceTrees.CustomEvent(sent, Links);
    }
}
