using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Application;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Channels;

/// <summary><c>/v1/channels</c> (§9.3, §9.4).</summary>
internal static class ChannelsApi
{
    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.Channels, "Channels");
        group.MapPost("", CreateChannel)
            .WithName("CreateChannel").WithSummary("Creates a channel, or returns the equivalent existing one")
            .Accepts<CreateChannelRequest>("application/json");
        group.MapGet("", ListChannels)
            .WithName("ListChannels").WithSummary("Lists channels (filters: type, members, startTime, endTime, properties)");
        group.MapGet("/{id:long}", GetChannel).WithName("RetrieveChannel").WithSummary("Retrieves a channel");
        group.MapPatch("/{id:long}", UpdateChannel)
            .WithName("UpdateChannel").WithSummary("Updates a channel (JSON merge-patch)")
            .Accepts<ChannelPatchRequest>(RequestContentTypes.MergePatch[0], RequestContentTypes.MergePatch[1..]);
        group.MapDelete("/{id:long}", DeleteChannel).WithName("DeleteChannel").WithSummary("Deletes a channel; answers the application");
        group.MapPost("/{id:long}/events", SendEvent)
            .WithName("SendChannelEvent").WithSummary("Sends a custom event to the channel's chat sessions")
            .Accepts<ChannelEventRequest>("application/json");
        group.MapGet("/{id:long}/invites", ListInvites).WithName("ListChannelInvites").WithSummary("Lists a channel's invites");
        group.MapPost("/{id:long}/invites", SendInvite)
            .WithName("SendChannelInvite").WithSummary("Invites a user to a group channel")
            .Accepts<ChannelInviteRequest>("application/json");
        group.MapPost("/{id:long}/keystrokes", SendKeystrokes)
            .WithName("SendChannelKeystrokes").WithSummary("Relays keystrokes typed on behalf of a user")
            .Accepts<KeystrokesRequest>("application/json");
        group.MapGet("/{id:long}/messages", ListMessages)
            .WithName("ListChannelMessages").WithSummary("Lists a channel's messages, newest first (filters: username, query)");
        group.MapPost("/{id:long}/messages", SendMessage)
            .WithName("SendChannelMessage").WithSummary("Sends a message (JSON, or multipart with a 'file' part)")
            .Accepts<CreateMessageRequest>("application/json", "multipart/form-data");
        group.MapChannelMembersApi();
        return app;
    }

    internal static async Task<Channel> Get(ApiRequest api, long id) => await api.Grain<IChannelGrain>(id).Get(api.ApplicationId);

    internal static async Task<Hal<ChannelResource>> Render(ApiRequest api, Channel channel)
    {
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId, [channel.LastReceivedMessage]);
        return HalResult.Ok(ChannelResources.Render(channel, api.Links, mentions));
    }

    private static async Task<Hal<ChannelResource>> CreateChannel(ApiRequest api)
    {
        var command = CreateChannelRequest.Parse(await JsonBody.ReadObject(api.Request), api.ApplicationId);
        return await Render(api, await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).CreateChannel(command));
    }

    private static async Task<Hal<PagedModel<ChannelResource>>> ListChannels(ApiRequest api)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Channels);
        var query = ChannelQueryParameters.Parse(api.Query);
        var channels = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListChannels(query, page);
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId, channels.Items.Select(c => c.LastReceivedMessage));
        return HalResult.Ok(HalPages.Offset(channels, "channels", api.SelfHref,
            c => ChannelResources.Render(c, api.Links, mentions), ChannelQueryParameters.Filters(api.Query)));
    }

    private static async Task<Hal<ChannelResource>> GetChannel(ApiRequest api, long id) => await Render(api, await Get(api, id));

    private static async Task<Hal<ChannelResource>> UpdateChannel(ApiRequest api, long id)
    {
        var patch = ChannelPatchRequest.Parse(await JsonBody.ReadObject(api.Request, mergePatch: true));
        return await Render(api, await api.Grain<IChannelGrain>(id).Update(api.ApplicationId, patch));
    }

    private static async Task<Hal<ApplicationResource>> DeleteChannel(ApiRequest api, long id)
    {
        await api.Grain<IChannelGrain>(id).Delete(api.ApplicationId);
        return HalResult.Ok(await ApplicationApi.Current(api));
    }

    private static async Task<Hal<ChannelEventResource>> SendEvent(ApiRequest api, long id)
    {
        var (type, properties) = ChannelEventRequest.Parse(await JsonBody.ReadObject(api.Request));
        var sent = await api.Grain<IChannelGrain>(id).TriggerEvent(api.ApplicationId, null, type, properties);
        return HalResult.Ok(ChannelPartResources.Event(sent, id, api.Links));
    }

    private static async Task<Hal<PagedModel<ChannelInviteResource>>> ListInvites(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Invites);
        await Get(api, id);
        var invites = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListInvites(id, page);
        return HalResult.Ok(HalPages.Offset(invites, "invites", api.SelfHref, i => ChannelPartResources.Invite(i, api.Links)));
    }

    private static async Task<Hal<ChannelInviteResource>> SendInvite(ApiRequest api, long id)
    {
        var invitee = ChannelInviteRequest.Parse(await JsonBody.ReadObject(api.Request));
        var userId = await api.Grain<IUserDirectoryGrain>(api.ApplicationId).Resolve(invitee);
        var invite = await api.Grain<IChannelGrain>(id).Invite(api.ApplicationId, userId);
        return HalResult.Ok(ChannelPartResources.Invite(invite, api.Links));
    }

    private static async Task<Hal<KeystrokesResource>> SendKeystrokes(ApiRequest api, long id) =>
        await KeystrokesSender.Send(api, id, null);

    private static async Task<Hal<CursorPagedModel<MessageResource>>> ListMessages(
        ApiRequest api, long id, string? username, string? query)
    {
        var cursor = CursorParameters.Parse(api.Query);
        await Get(api, id);
        var filter = new MessageQuery(ChannelId: id, SenderName: Blank(username), BodyContains: Blank(query));
        var messages = await api.Grain<IMessageDirectoryGrain>(api.ApplicationId).ListMessages(filter, cursor);
        return await MessagePages.Render(api, messages, cursor,
            QueryParameter.Of("username", Blank(username)), QueryParameter.Of("query", Blank(query)));
    }

    private static async Task<Hal<MessageResource>> SendMessage(ApiRequest api, long id) => await MessageSender.Send(api, id, null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
