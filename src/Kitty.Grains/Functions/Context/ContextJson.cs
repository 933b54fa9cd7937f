using System.Text.Json.Nodes;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Functions.Context;

/// <summary>
/// The Platform API's JSON of users, channels and messages as the context API returns it (camelCase, ISO times,
/// no HAL links: a script has no use for them).
/// </summary>
internal static class ContextJson
{
    public static JsonObject User(ChatUser user) => new()
    {
        ["id"] = user.Id,
        ["type"] = user.Type.ToString(),
        ["name"] = user.Name,
        ["displayName"] = user.DisplayName,
        ["displayPictureUrl"] = user.DisplayPictureUrl,
        ["isGuest"] = user.IsGuest,
        ["presence"] = new JsonObject { ["status"] = user.Presence.Status, ["online"] = user.Presence.Online },
        ["properties"] = Raw(user.PropertiesJson),
    };

    public static JsonObject Channel(Channel channel) => new()
    {
        ["type"] = channel.Type.ToString(),
        ["id"] = channel.Id,
        ["name"] = channel.Name,
        ["displayName"] = channel.DisplayName,
        ["createdTime"] = channel.CreatedTime,
        ["creator"] = channel.Creator is { } creator ? User(creator) : null,
        ["lastReceivedMessage"] = channel.LastReceivedMessage is { } last ? Message(last) : null,
        ["members"] = channel.Members is { } members ? new JsonArray([.. members.Select(m => (JsonNode)User(m))]) : null,
        ["properties"] = Raw(channel.PropertiesJson),
    };

    public static JsonObject Message(Message message) => new()
    {
        ["id"] = message.Id,
        ["type"] = message.Type.ToString(),
        ["channelId"] = message.ChannelId,
        ["body"] = message.Body,
        ["user"] = message.User is { } user ? User(user) : null,
        ["groupTag"] = message.GroupTag,
        ["createdTime"] = message.CreatedTime,
        ["lastEditedTime"] = message.LastEditedTime,
        ["nestedLevel"] = message.NestedLevel,
        ["repliesCount"] = message.RepliesCount,
        ["properties"] = Raw(message.PropertiesJson),
    };

    /// <summary>As the Platform API lists it: the end time only once ended, no user agent when none was sent.</summary>
    public static JsonObject UserSession(UserSession session) => new()
    {
        ["id"] = session.Id,
        ["createdTime"] = session.CreatedTime,
        ["endTime"] = session.State == SessionState.ENDED ? session.EndTime : null,
        ["state"] = session.State.ToString(),
        ["user"] = User(session.User),
        ["userAgent"] = string.IsNullOrEmpty(session.UserAgent) ? null : session.UserAgent,
    };

    public static JsonObject Notification(Abstractions.Notifications.Notification notification) => new()
    {
        ["id"] = notification.Id,
        ["title"] = notification.Title,
        ["body"] = notification.Body,
        ["channelId"] = notification.ChannelId,
        ["data"] = new JsonObject
        {
            ["type"] = notification.DataType,
            ["channelId"] = notification.ChannelId,
            ["messageId"] = notification.MessageId,
        },
        ["muted"] = notification.Muted,
        ["createdTime"] = notification.CreatedTime,
        ["readTime"] = notification.ReadTime,
    };

    /// <summary>A paged model: <c>{ _embedded: { key: [...] }, page: { size, totalElements, totalPages, number } }</c>.</summary>
    public static JsonObject Paged<T>(Page<T> page, string key, Func<T, JsonNode> render) => new()
    {
        ["_embedded"] = new JsonObject { [key] = new JsonArray([.. page.Items.Select(render)]) },
        ["page"] = new JsonObject
        {
            ["size"] = page.Request.Size,
            ["totalElements"] = page.TotalElements,
            ["totalPages"] = page.TotalPages,
            ["number"] = page.Request.Number,
        },
    };

    public static JsonObject Items<T>(IEnumerable<T> items, string key, Func<T, JsonNode> render) => new()
    {
        ["_embedded"] = new JsonObject { [key] = new JsonArray([.. items.Select(render)]) },
    };

    public static JsonNode? Raw(string? json) => string.IsNullOrEmpty(json) ? new JsonObject() : JsonNode.Parse(json);
}
