using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>Relays keystrokes posted to a channel or thread on behalf of a user.</summary>
internal static class KeystrokesSender
{
    public static async Task<Hal<KeystrokesResource>> Send(ApiRequest api, long channelId, long? threadId)
    {
        var (keys, user) = KeystrokesRequest.Parse(await JsonBody.ReadObject(api.Request));
        var userId = await api.Grain<IUserDirectoryGrain>(api.ApplicationId).Resolve(user);
        var sent = await api.Grain<IChannelGrain>(channelId).SendKeystrokes(api.ApplicationId, userId, threadId, keys);
        return HalResult.Ok(ChannelPartResources.Keystrokes(sent, api.Links));
    }
}
