using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Paging;
using Kitty.Api.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Channels;

/// <summary><c>/v1/channels/{id}/members|memberships|moderators|participants</c> (§9.4).</summary>
internal static class ChannelMembersApi
{
    public static RouteGroupBuilder MapChannelMembersApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:long}/members", ListMembers).WithName("ListChannelMembers").WithSummary("Lists a channel's members");
        group.MapPost("/{id:long}/members", AddMember)
            .WithName("AddChannelMember").WithSummary("Adds a member to a group channel; answers the channel")
            .Accepts<UserReferenceRequest>("application/json");
        group.MapDelete("/{id:long}/members/{userId:long}", RemoveMember)
            .WithName("RemoveChannelMember").WithSummary("Removes a member; answers the channel");
        group.MapGet("/{id:long}/memberships", ListMemberships)
            .WithName("ListChannelMemberships").WithSummary("Lists a channel's memberships");
        group.MapGet("/{id:long}/moderators", ListModerators)
            .WithName("ListChannelModerators").WithSummary("Lists a channel's moderators");
        group.MapPost("/{id:long}/moderators", AddModerator)
            .WithName("AddChannelModerator").WithSummary("Makes a member a moderator; answers the moderator")
            .Accepts<UserReferenceRequest>("application/json");
        group.MapDelete("/{id:long}/moderators/{userId:long}", RemoveModerator)
            .WithName("RemoveChannelModerator").WithSummary("Takes the moderator role away; answers the channel");
        group.MapGet("/{id:long}/participants", ListParticipants)
            .WithName("ListChannelParticipants").WithSummary("Lists the members with an active chat session in the channel");
        return group;
    }

    private static async Task<Hal<PagedModel<ChatUserResource>>> ListMembers(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Users);
        await ChannelsApi.Get(api, id);
        var members = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListMembers(id, page);
        return HalResult.Ok(HalPages.Offset(members, "users", api.SelfHref, u => UserResources.Render(u, api.Links)));
    }

    private static async Task<Hal<ChannelResource>> AddMember(ApiRequest api, long id)
    {
        var userId = await ResolveBody(api);
        return await ChannelsApi.Render(api, await api.Grain<IChannelGrain>(id).AddMember(api.ApplicationId, userId));
    }

    private static async Task<Hal<ChannelResource>> RemoveMember(ApiRequest api, long id, long userId) =>
        await ChannelsApi.Render(api, await api.Grain<IChannelGrain>(id).RemoveMember(api.ApplicationId, userId));

    private static async Task<Hal<PagedModel<ChannelMembershipResource>>> ListMemberships(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Memberships);
        await ChannelsApi.Get(api, id);
        var memberships = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListMemberships(id, page);
        return HalResult.Ok(HalPages.Offset(memberships, "memberships", api.SelfHref,
            m => ChannelPartResources.Membership(m, api.Links)));
    }

    private static async Task<Hal<PagedModel<ChatUserResource>>> ListModerators(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Users);
        await ChannelsApi.Get(api, id);
        var moderators = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListModerators(id, page);
        return HalResult.Ok(HalPages.Offset(moderators, "users", api.SelfHref, u => UserResources.Render(u, api.Links)));
    }

    private static async Task<Hal<ChatUserResource>> AddModerator(ApiRequest api, long id)
    {
        var userId = await ResolveBody(api);
        var moderator = await api.Grain<IChannelGrain>(id).AddModerator(api.ApplicationId, userId);
        return HalResult.Ok(UserResources.Render(moderator, api.Links));
    }

    private static async Task<Hal<ChannelResource>> RemoveModerator(ApiRequest api, long id, long userId) =>
        await ChannelsApi.Render(api, await api.Grain<IChannelGrain>(id).RemoveModerator(api.ApplicationId, userId));

    private static async Task<Hal<PagedModel<ChatUserResource>>> ListParticipants(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Users);
        var participants = await api.Grain<IChannelGrain>(id).ListParticipants(api.ApplicationId, page);
        return HalResult.Ok(HalPages.Offset(participants, "users", api.SelfHref, u => UserResources.Render(u, api.Links)));
    }

    /// <summary>The body of member and moderator posts is itself a user reference.</summary>
    private static async Task<long> ResolveBody(ApiRequest api)
    {
        var reference = JsonFields.UserReference(await JsonBody.ReadObject(api.Request), "The request body");
        return await api.Grain<IUserDirectoryGrain>(api.ApplicationId).Resolve(reference);
    }
}
