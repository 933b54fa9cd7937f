using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Api.Files;
using Kitty.Api.Json;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Current user and users (realtime-protocol.md §2.1).</summary>
internal sealed partial class RtmHub
{
    public async Task<object?> RetrieveCurrentUser() =>
        RenderUser(await grains.GetGrain<IUserGrain>(Me).GetCurrentUser(App));

    /// <summary><c>UpdateCurrentUser({ displayName?, properties? })</c>.</summary>
    public async Task<object?> UpdateCurrentUser(object? update)
    {
        var body = HubArgs.Object(update, "update");
        var patch = new UserPatch(body.OptionalString("displayName"), null, null, body.OptionalObjectJson("properties"));
        await grains.GetGrain<IUserGrain>(Me).Update(App, patch, Context.ConnectionId);
        return await RetrieveCurrentUser();
    }

    /// <summary><c>UpdatePresence({ status })</c>.</summary>
    public async Task<object?> UpdatePresence(object? presence)
    {
        var status = HubArgs.Object(presence, "presence").RequiredString("status");
        await grains.GetGrain<IUserGrain>(Me).UpdatePresence(App, status, Context.ConnectionId);
        return await RetrieveCurrentUser();
    }

    /// <summary><c>UpdateCurrentUserDisplayPicture({ url, name, contentType, size })</c>.</summary>
    public async Task<object?> UpdateCurrentUserDisplayPicture(object? file)
    {
        var picture = ExternalFileRequest.Parse(HubArgs.Object(file, "file"));
        await grains.GetGrain<IUserGrain>(Me).SetDisplayPicture(App, picture, Context.ConnectionId);
        return await RetrieveCurrentUser();
    }

    /// <summary><c>ListUsers({ filter?: { name?, displayName?, online? }, page? })</c>.</summary>
    public async Task<object?> ListUsers(object? request)
    {
        var body = HubArgs.OptionalObject(request, "request");
        var filter = body.OptionalObject("filter");
        var name = filter?.OptionalString("name");
        var displayName = filter?.OptionalString("displayName");
        var online = filter?.OptionalBool("online");
        var page = PageArgs.Parse(body.OptionalObject("page"));
        var directory = grains.GetGrain<IUserDirectoryGrain>(App);
        var query = new UserQuery(Name: name);
        if (displayName is null && online is null)
        {
            return PageArgs.ToHubPage(await directory.ListUsers(query, page.Offset()), u => RenderUser(u));
        }

        // Filters the directory cannot apply run over the listing here (bounded; see AllPages).
        var all = await AllPages(p => directory.ListUsers(query, p));
        var matching = all
            .Where(u => displayName is null || u.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase))
            .Where(u => online is null || u.Presence.Online == online)
            .ToList();
        return page.Slice(matching, u => RenderUser(u));
    }

    /// <summary><c>RetrieveUser(id)</c>.</summary>
    public async Task<object?> RetrieveUser(object? id) =>
        RenderUser(await grains.GetGrain<IUserGrain>(HubArgs.Id(id, "id")).Get(App));

    /// <summary>Reads up to 1,000 items of an offset listing, for filters applied in memory.</summary>
    private static async Task<List<T>> AllPages<T>(Func<PageRequest, Task<Page<T>>> list)
    {
        var all = new List<T>();
        for (var number = 0; number < 10; number++)
        {
            var page = await list(new PageRequest(number, PageRequest.MaxSize, []));
            all.AddRange(page.Items);
            if (page.Request.Offset + page.Items.Count >= page.TotalElements || page.Items.Count == 0)
            {
                break;
            }
        }

        return all;
    }
}
