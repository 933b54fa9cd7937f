using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Files;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Rtm.Auth;
using Kitty.Api.Rtm.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Rtm.Http;

/// <summary>
/// File uploads of realtime clients (realtime-protocol.md §2.1): multipart part <c>file</c>, optional
/// <c>groupTag</c> and <c>properties</c> (JSON text), authorized by the session token.
/// </summary>
internal static class RtmUploadsApi
{
    public static IEndpointRouteBuilder MapRtmUploadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/rtm").RequireAuthorization(SessionClaims.Policy).ExcludeFromDescription().DisableAntiforgery();
        group.MapPost("/channels/{id:long}/messages/file", (HttpContext http, long id) => SendFile(http, id, null, null));
        group.MapPost("/threads/{id:long}/messages/file", (HttpContext http, long id) => SendFile(http, null, id, null));
        group.MapPost("/messages/{id:long}/replies/file", (HttpContext http, long id) => SendFile(http, null, null, id));
        group.MapPost("/me/display-picture", SetDisplayPicture);
        return app;
    }

    private static async Task SendFile(HttpContext http, long? channelId, long? threadId, long? replyTo)
    {
        var (app, user, _) = SessionClaims.Of(http.User);
        var grains = Grains(http);
        var directory = grains.GetGrain<IMessageDirectoryGrain>(app);
        var channel = channelId
            ?? (threadId is { } t ? (await directory.GetThread(t)).ChannelId : (await directory.GetMessage(replyTo!.Value)).ChannelId);
        await grains.GetGrain<IChannelGrain>(channel).Get(app);
        if (!await grains.GetGrain<IChannelGrain>(channel).IsMember(app, user))
        {
            throw new KittyException(KittyError.NotAChannelMemberError, $"You are not a member of channel {channel}");
        }

        var draft = await MessageDraft.FromForm(await ReadForm(http), http.RequestAborted);
        var file = await draft.Upload!.Store(grains, app);
        var message = await grains.GetGrain<IChannelGrain>(channel).SendMessage(
            new SendMessage(app, user, null, file, draft.GroupTag, draft.PropertiesJson, threadId, replyTo));
        var links = http.RequestServices.GetService(typeof(NodeLinks)) is NodeLinks node ? node.Current : Hal.ApiLinks.For(http.Request);
        var mentions = await MentionLookup.Load(grains, app, [message]);
        await http.Response.WriteAsJsonAsync(ResourceTrees.Message(message, links, mentions), KittyJson.Options, http.RequestAborted);
    }

    private static async Task SetDisplayPicture(HttpContext http)
    {
        var (app, user, _) = SessionClaims.Of(http.User);
        var grains = Grains(http);
        var upload = await UploadedFile.Read(await ReadForm(http), http.RequestAborted);
        var picture = await upload.Store(grains, app);
        var userGrain = grains.GetGrain<IUserGrain>(user);
        await userGrain.SetDisplayPicture(app, picture);
        var current = await userGrain.GetCurrentUser(app);
        await http.Response.WriteAsJsonAsync(ResourceTrees.User(current, Hal.ApiLinks.For(http.Request)), KittyJson.Options, http.RequestAborted);
    }

    private static Task<IFormCollection> ReadForm(HttpContext http) =>
        UploadedFile.IsMultipart(http.Request)
            ? http.Request.ReadFormAsync(http.RequestAborted)
            : throw KittyException.Invalid("Send multipart/form-data with a 'file' part");

    private static IGrainFactory Grains(HttpContext http) =>
        (IGrainFactory)http.RequestServices.GetService(typeof(IGrainFactory))!;
}
