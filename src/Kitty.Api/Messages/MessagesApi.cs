using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Api.Application;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Paging;
using Kitty.Api.Threads;
using Kitty.Api.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Messages;

/// <summary><c>/v1/messages</c> (§9.5).</summary>
internal static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.Messages, "Messages");
        group.MapGet("", ListMessages)
            .WithName("ListMessages").WithSummary("Lists the application's messages, newest first (filters: username, query)");
        group.MapDelete("", DeleteMessages)
            .WithName("DeleteMessages").WithSummary("Deletes every message of the application; answers the application");
        group.MapGet("/{id:long}", GetMessage).WithName("RetrieveMessage").WithSummary("Retrieves a message");
        group.MapPatch("/{id:long}", UpdateMessage)
            .WithName("UpdateMessage").WithSummary("Updates a message (JSON merge-patch)")
            .Accepts<MessagePatchRequest>(RequestContentTypes.MergePatch[0], RequestContentTypes.MergePatch[1..]);
        group.MapDelete("/{id:long}", DeleteMessage)
            .WithName("DeleteMessage").WithSummary("Deletes a message; answers the thread it was in");
        group.MapGet("/{id:long}/read-receipts", ListReadReceipts)
            .WithName("ListMessageReadReceipts").WithSummary("Lists who read a message");
        return app;
    }

    private static IMessageDirectoryGrain Directory(ApiRequest api) => api.Grain<IMessageDirectoryGrain>(api.ApplicationId);

    private static async Task<Hal<CursorPagedModel<MessageResource>>> ListMessages(ApiRequest api, string? username, string? query)
    {
        var cursor = CursorParameters.Parse(api.Query);
        username = string.IsNullOrWhiteSpace(username) ? null : username;
        query = string.IsNullOrWhiteSpace(query) ? null : query;
        var messages = await Directory(api).ListMessages(new MessageQuery(SenderName: username, BodyContains: query), cursor);
        return await MessagePages.Render(api, messages, cursor, QueryParameter.Of("username", username), QueryParameter.Of("query", query));
    }

    private static async Task<Hal<ApplicationResource>> DeleteMessages(ApiRequest api)
    {
        await Directory(api).DeleteAllMessages();
        return HalResult.Ok(await ApplicationApi.Current(api));
    }

    private static async Task<Hal<MessageResource>> GetMessage(ApiRequest api, long id) =>
        await MessagePages.Render(api, await Directory(api).GetMessage(id));

    private static async Task<Hal<MessageResource>> UpdateMessage(ApiRequest api, long id)
    {
        var patch = MessagePatchRequest.Parse(await JsonBody.ReadObject(api.Request, mergePatch: true));
        var message = await Directory(api).GetMessage(id);
        var updated = await api.Grain<IChannelGrain>(message.ChannelId).UpdateMessage(api.ApplicationId, id, patch);
        return await MessagePages.Render(api, updated);
    }

    private static async Task<Hal<ReplyThreadResource>> DeleteMessage(ApiRequest api, long id)
    {
        var message = await Directory(api).GetMessage(id);
        var thread = await api.Grain<IChannelGrain>(message.ChannelId).DeleteMessage(api.ApplicationId, id);
        return HalResult.Ok(ReplyThreadResources.Render(thread, api.Links));
    }

    private static async Task<Hal<PagedModel<ReadReceiptResource>>> ListReadReceipts(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.ReadReceipts);
        await Directory(api).GetMessage(id);
        var receipts = await Directory(api).ListReadReceipts(id, page);
        return HalResult.Ok(HalPages.Offset(receipts, "receipts", api.SelfHref, r => new ReadReceiptResource(
            UserResources.Render(r.User, api.Links, withLinks: false),
            r.CreatedTime,
            new HalLinks()
                .Add("user", api.Links, ApiPaths.User(r.User.Id))
                .Add("message", api.Links, ApiPaths.Message(r.MessageId))
                .Add("application", api.Links, ApiPaths.Application))));
    }
}
