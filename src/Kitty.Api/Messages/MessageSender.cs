using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Files;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;

namespace Kitty.Api.Messages;

/// <summary>Sends a message posted to a channel or a thread: reads the draft, resolves the sender, stores an upload.</summary>
internal static class MessageSender
{
    public static async Task<Hal<MessageResource>> Send(ApiRequest api, long channelId, long? threadId)
    {
        var draft = UploadedFile.IsMultipart(api.Request)
            ? await MessageDraft.FromForm(await api.Request.ReadFormAsync(api.Http.RequestAborted), api.Http.RequestAborted)
            : MessageDraft.FromJson(await JsonBody.ReadObject(api.Request));
        var channel = api.Grain<IChannelGrain>(channelId);
        await channel.Get(api.ApplicationId); // 404 before storing an upload for nothing
        long? userId = draft.User is { } user
            ? await api.Grain<IUserDirectoryGrain>(api.ApplicationId).Resolve(user)
            : null;
        var file = draft.Upload is { } upload ? await upload.Store(api.Grains, api.ApplicationId) : draft.ExternalFile;
        var message = await channel.SendMessage(new SendMessage(
            api.ApplicationId, userId, draft.Body, file, draft.GroupTag, draft.PropertiesJson, threadId));
        return await MessagePages.Render(api, message);
    }
}
