using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Notifications;
using Kitty.Grains.Notifications;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Hands every stored notification to the <c>user.received.notification</c> chat function: a one-way call, so the
/// channel grain never waits for it. The executor asks the recipient's user grain whether they are online.
/// </summary>
public sealed class FunctionNotificationHook(IGrainFactory grains) : INotificationHook
{
    public Task NotificationReceived(Notification notification, bool userHasActiveSession) =>
        grains.GetGrain<IChatFunctionExecutorGrain>(notification.ApplicationId).NotificationReceived(notification);
}
