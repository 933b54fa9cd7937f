using Kitty.Abstractions.Notifications;

namespace Kitty.Grains.Notifications;

/// <summary>SEAM (issue 5): until chat functions run, nothing happens after a notification is kept.</summary>
public sealed class NoNotificationHook : INotificationHook
{
    public Task NotificationReceived(Notification notification, bool userHasActiveSession) => Task.CompletedTask;
}
