using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Messages;
using Kitty.Api.Threads;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>The realtime models of reactions, threads and blocked users (Platform resources without <c>_links</c>).</summary>
internal static class ReadStateTrees
{
    public static Dictionary<string, object?> Reaction(Reaction reaction, ApiLinks links) =>
        PlainTree.Object(ReactionResources.Render(reaction, links));

    public static Dictionary<string, object?> Thread(ReplyThread thread, ApiLinks links)
    {
        var tree = PlainTree.Object(ReplyThreadResources.Render(thread, links));
        tree.Remove("_links");
        tree["channelId"] = thread.ChannelId;
        return tree;
    }

    public static Dictionary<string, object?> BlockedUser(BlockedUser blocked, ApiLinks links) => new()
    {
        ["user"] = ResourceTrees.User(blocked.User, links),
        ["createdTime"] = Json.UtcTimestampConverter.ToText(blocked.CreatedTime),
    };
}
