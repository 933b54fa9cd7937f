using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Paging;

namespace Kitty.Api.Messages;

/// <summary>Renders cursor pages of messages with their mentions resolved.</summary>
internal static class MessagePages
{
    public static async Task<Hal<CursorPagedModel<MessageResource>>> Render(
        ApiRequest api, CursorPage<Message> page, CursorRequest cursor, params IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId, page.Items);
        return HalResult.Ok(HalPages.Cursor(page, cursor, "messages", api.SelfHref,
            m => MessageResources.Render(m, api.Links, mentions), filters));
    }

    public static async Task<Hal<MessageResource>> Render(ApiRequest api, Message message)
    {
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId, [message]);
        return HalResult.Ok(MessageResources.Render(message, api.Links, mentions));
    }
}
