using Kitty.Abstractions.Notifications;

namespace Kitty.Grains.Notifications;

/// <summary>
/// Runs after a notification is stored and published: the seam of the <c>user.received.notification</c> chat
/// function (issue 5), which lets an application push or e-mail it. Called inside the channel grain that sent
/// the message, once per notification; an implementation must not block and should hand slow work off. A
/// failure is logged and never undoes the message or the notification.
/// </summary>
public interface INotificationHook
{
    /// <summary>
    /// A user received a notification. <paramref name="userHasActiveSession"/> says whether the user has any
    /// connection; the channel grain does not know it cheaply, so it passes <c>false</c> for now (SEAM, issue 5:
    /// the chat function host asks the recipient's user grain when it needs the truth).
    /// </summary>
    Task NotificationReceived(Notification notification, bool userHasActiveSession);
}
