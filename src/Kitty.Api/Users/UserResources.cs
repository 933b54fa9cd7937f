using Kitty.Abstractions.Users;
using Kitty.Api.Hal;
using Kitty.Api.Json;

namespace Kitty.Api.Users;

/// <summary>Renders users.</summary>
internal static class UserResources
{
    public static ChatUserResource Render(ChatUser user, ApiLinks links, bool withLinks = true)
    {
        var picture = string.IsNullOrWhiteSpace(user.DisplayPictureUrl)
            ? links.Href(DefaultAvatar.Path(user))
            : links.Absolute(user.DisplayPictureUrl);
        return new ChatUserResource(
            user.Id,
            user.Type.ToString(),
            user.Name,
            user.DisplayName,
            picture,
            user.IsGuest,
            new PresenceResource(user.Presence.Status, user.Presence.Online),
            null,
            KittyJson.Raw(user.PropertiesJson),
            withLinks ? Links(user.Id, links) : null);
    }

    private static HalLinks Links(long id, ApiLinks links)
    {
        var self = ApiPaths.User(id);
        return new HalLinks()
            .Add("self", links, self)
            .Add("channels", links, self + "/channels")
            .Add("notifications", links, self + "/notifications")
            .Add("displayPicture", links, self + "/display-picture")
            .Add("application", links, ApiPaths.Application);
    }
}
