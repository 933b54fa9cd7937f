using Kitty.Abstractions.Messages;
using Kitty.Api.Hal;
using Kitty.Api.Json;

namespace Kitty.Api.Threads;

/// <summary>Renders threads.</summary>
internal static class ReplyThreadResources
{
    public static ReplyThreadResource Render(ReplyThread thread, ApiLinks links) =>
        new(
            thread.Id,
            thread.Type.ToString(),
            thread.CreatedTime,
            string.IsNullOrEmpty(thread.Name) ? null : thread.Name,
            KittyJson.Raw(thread.PropertiesJson),
            new HalLinks()
                .Add("self", links, ApiPaths.Thread(thread.Id))
                .Add("channel", links, ApiPaths.Channel(thread.ChannelId))
                .Add("application", links, ApiPaths.Application));
}
