using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Rtm.Rendering;

/// <summary>
/// The realtime models: the Platform API's resources without <c>_links</c>, as plain object trees.
/// Messages also carry their <c>seq</c>.
/// </summary>
internal static class ResourceTrees
{
    public static Dictionary<string, object?> User(ChatUser user, ApiLinks links) =>
        PlainTree.Object(UserResources.Render(user, links, withLinks: false));

    public static Dictionary<string, object?> Channel(Channel channel, ApiLinks links, MentionLookup mentions) =>
        PlainTree.Object(ChannelResources.Render(channel, links, mentions, withLinks: false));

    public static Dictionary<string, object?> Message(Message message, ApiLinks links, MentionLookup mentions)
    {
        var tree = PlainTree.Object(MessageResources.Render(message, links, mentions, withLinks: false));
        tree["seq"] = message.Seq;
        return tree;
    }

    public static Dictionary<string, object?> Keystrokes(Keystrokes keystrokes) =>
        new() { ["username"] = keystrokes.Username, ["keys"] = keystrokes.Keys };

    public static Dictionary<string, object?> CustomEvent(ChannelEvent channelEvent, ApiLinks links) => new()
    {
        ["type"] = channelEvent.Type,
        ["user"] = channelEvent.User is { } user ? User(user, links) : null,
        ["properties"] = PlainTree.FromElement(KittyJson.Raw(channelEvent.PropertiesJson)),
    };

    public static Dictionary<string, object?> ReadReceipt(ReadReceipt receipt, ApiLinks links) => new()
    {
        ["user"] = User(receipt.User, links),
        ["createdTime"] = Json.UtcTimestampConverter.ToText(receipt.CreatedTime),
        ["messageId"] = receipt.MessageId,
    };
}
