using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;
using Kitty.Api.Rtm.Rendering;
using Kitty.Api.Users;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Notifications and channel mutes (realtime-protocol.md §2.1).</summary>
internal sealed partial class RtmHub
{
    /// <summary>
    /// <c>ListNotifications({ page? })</c> (a bare page is read too), newest first: <c>page.before</c> a
    /// notification id for older ones, <c>page.after</c> for newer ones.
    /// </summary>
    public async Task<object?> ListNotifications(object? request)
    {
        var body = HubArgs.OptionalObject(request, "request");
        var page = PageArgs.Parse(body.Has("page") ? body.OptionalObject("page") : body);
        var cursor = (page.Before, page.After) switch
        {
            ({ } before, _) => new CursorRequest(page.Size, null, before, CursorRelation.NEXT),
            (_, { } after) => new CursorRequest(page.Size, null, after, CursorRelation.PREVIOUS),
            _ => new CursorRequest(page.Size, null, null, CursorRelation.SELF),
        };
        var notifications = await grains.GetGrain<IUserDirectoryGrain>(App).ListNotifications(Me, cursor);
        var rendered = await RenderNotifications(notifications.Items);
        var result = new Dictionary<string, object?> { ["items"] = rendered };
        if (notifications.HasOlder && notifications.Next is { } next)
        {
            result["next"] = next;
        }

        if (notifications.HasNewer && notifications.Previous is { } previous)
        {
            result["previous"] = previous;
        }

        return result;
    }

    /// <summary><c>ReadNotification(id)</c>: one of the caller's own notifications.</summary>
    public async Task<object?> ReadNotification(object? id)
    {
        var read = await grains.GetGrain<IUserGrain>(Me).ReadNotification(App, HubArgs.Id(id, "id"));
        return (await RenderNotifications([read]))[0];
    }

    /// <summary><c>MuteChannel(id)</c>: the caller's notifications from the channel are marked muted.</summary>
    public async Task<object?> MuteChannel(object? id) =>
        await RenderChannel(await grains.GetGrain<IChannelGrain>(HubArgs.Id(id, "id")).Mute(App, Me, muted: true));

    /// <summary><c>UnmuteChannel(id)</c>.</summary>
    public async Task<object?> UnmuteChannel(object? id) =>
        await RenderChannel(await grains.GetGrain<IChannelGrain>(HubArgs.Id(id, "id")).Mute(App, Me, muted: false));

    private async Task<List<object?>> RenderNotifications(IReadOnlyList<Notification> notifications)
    {
        var recipient = await grains.GetGrain<IUserGrain>(Me).Get(App);
        var rendered = await NotificationResources.RenderAll(grains, App, Links, recipient, notifications);
        return [.. notifications.Select(n =>
        {
            var tree = PlainTree.Object(rendered[n.Id]);
            tree.Remove("_links");
            return (object?)tree;
        })];
    }
}
