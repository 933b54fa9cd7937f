using Kitty.Abstractions.Sessions;
using Kitty.Api.Hal;
using Kitty.Api.Users;

namespace Kitty.Api.Sessions;

/// <summary>Renders user sessions and chat sessions.</summary>
internal static class SessionResources
{
    public static UserSessionResource Render(UserSession session, ApiLinks links, bool withLinks = true) =>
        new(
            session.Id,
            session.CreatedTime,
            session.State == SessionState.ENDED ? session.EndTime : null,
            session.State.ToString(),
            UserResources.Render(session.User, links, withLinks: false),
            string.IsNullOrEmpty(session.UserAgent) ? null : session.UserAgent,
            withLinks
                ? new HalLinks()
                    .Add("user", links, ApiPaths.User(session.User.Id))
                    .Add("application", links, ApiPaths.Application)
                : null);

    public static ChatSessionResource Render(ChatSession session, ApiLinks links) =>
        new(
            session.Id,
            session.CreatedTime,
            session.State == SessionState.ENDED ? session.EndTime : null,
            session.State.ToString(),
            Render(session.Session, links, withLinks: false),
            new HalLinks()
                .Add("session", links, ApiPaths.UserSession(session.Session.Id))
                .Add("channel", links, ApiPaths.Channel(session.ChannelId))
                .Add("application", links, ApiPaths.Application));
}
