using Kitty.Abstractions.Messages;
using Kitty.Api.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Messages;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Threads;

/// <summary><c>/v1/threads</c> (§9.6).</summary>
internal static class ThreadsApi
{
    public static IEndpointRouteBuilder MapThreadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup("/v1/threads", "Threads");
        group.MapGet("/{id:long}", GetThread).WithName("RetrieveThread").WithSummary("Retrieves a thread");
        group.MapGet("/{id:long}/messages", ListMessages)
            .WithName("ListThreadMessages").WithSummary("Lists a thread's messages, newest first");
        group.MapPost("/{id:long}/messages", SendMessage)
            .WithName("SendThreadMessage").WithSummary("Sends a message in a thread (JSON, or multipart with a 'file' part)")
            .Accepts<CreateMessageRequest>("application/json", "multipart/form-data");
        group.MapPost("/{id:long}/keystrokes", SendKeystrokes)
            .WithName("SendThreadKeystrokes").WithSummary("Relays keystrokes typed in a thread on behalf of a user")
            .Accepts<KeystrokesRequest>("application/json");
        return app;
    }

    private static Task<ReplyThread> Get(ApiRequest api, long id) =>
        api.Grain<IMessageDirectoryGrain>(api.ApplicationId).GetThread(id);

    private static async Task<Hal<ReplyThreadResource>> GetThread(ApiRequest api, long id) =>
        HalResult.Ok(ReplyThreadResources.Render(await Get(api, id), api.Links));

    private static async Task<Hal<CursorPagedModel<MessageResource>>> ListMessages(ApiRequest api, long id)
    {
        var cursor = CursorParameters.Parse(api.Query);
        var thread = await Get(api, id);
        var messages = await api.Grain<IMessageDirectoryGrain>(api.ApplicationId)
            .ListMessages(new MessageQuery(ChannelId: thread.ChannelId, ThreadId: thread.Id), cursor);
        return await MessagePages.Render(api, messages, cursor);
    }

    private static async Task<Hal<MessageResource>> SendMessage(ApiRequest api, long id)
    {
        var thread = await Get(api, id);
        return await MessageSender.Send(api, thread.ChannelId, thread.Id);
    }

    private static async Task<Hal<KeystrokesResource>> SendKeystrokes(ApiRequest api, long id)
    {
        var thread = await Get(api, id);
        return await KeystrokesSender.Send(api, thread.ChannelId, thread.Id);
    }
}
