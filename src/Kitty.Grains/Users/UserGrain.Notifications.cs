using Kitty.Abstractions.Notifications;

namespace Kitty.Grains.Users;

/// <summary>The user's own notifications: only the recipient marks one read.</summary>
public sealed partial class UserGrain
{
    public async Task<Notification> ReadNotification(long applicationId, long notificationId)
    {
        EnsureVisibleTo(applicationId);
        return await store.MarkNotificationRead(applicationId, UserId, notificationId, time.GetUtcNow())
            ?? throw KittyException.NotFound("Notification");
    }
}
