using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Application;
using Kitty.Api.Channels;
using Kitty.Api.Files;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kitty.Api.Users;

/// <summary><c>/v1/users</c> (§9.2).</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapPlatformGroup(ApiPaths.Users, "Users");
        group.MapMethods("", [HttpMethods.Head], CheckUserExists)
            .WithName("CheckUserExists").WithSummary("Answers 200 if a user with the name exists, else 404");
        group.MapPost("", CreateUser)
            .WithName("CreateUser").WithSummary("Creates a person user").Accepts<CreateUserRequest>("application/json");
        group.MapGet("", ListUsers)
            .WithName("ListUsers").WithSummary("Lists users, optionally by exact name or properties");
        group.MapGet("/{id:long}", GetUser)
            .WithName("RetrieveUser").WithSummary("Retrieves a user");
        group.MapPatch("/{id:long}", UpdateUser)
            .WithName("UpdateUser").WithSummary("Updates a user (JSON merge-patch)")
            .Accepts<UserPatchRequest>(RequestContentTypes.MergePatch[0], RequestContentTypes.MergePatch[1..]);
        group.MapDelete("/{id:long}", DeleteUser)
            .WithName("DeleteUser").WithSummary("Deletes a user; answers the application");
        group.MapPost("/{id:long}/display-picture", UpdateDisplayPicture)
            .WithName("UpdateUserDisplayPicture").WithSummary("Sets a user's display picture (external file JSON or multipart 'file')")
            .Accepts<ExternalFileRequest>("application/json", "multipart/form-data");
        group.MapGet("/{id:long}/channels", ListUserChannels)
            .WithName("ListUserChannels").WithSummary("Lists the channels a user created or joined");
        group.MapGet("/{id:long}/messages", ListUserMessages)
            .WithName("ListUserMessages").WithSummary("Lists messages of the user's channels (unread=true: not yet read)");
        group.MapGet("/{id:long}/notifications", ListUserNotifications)
            .WithName("ListUserNotifications").WithSummary("Lists a user's notifications, newest first");
        group.MapGet("/{id:long}/secrets/{name}", GetSecret)
            .WithName("RetrieveUserSecret").WithSummary("Retrieves a user secret");
        group.MapPut("/{id:long}/secrets/{name}", SetSecret)
            .WithName("SetUserSecret").WithSummary("Sets a user secret; answers the user").Accepts<SecretResource>("application/json");
        group.MapDelete("/{id:long}/secrets/{name}", RemoveSecret)
            .WithName("RemoveUserSecret").WithSummary("Removes a user secret; answers the user");
        return app;
    }

    private static async Task<IResult> CheckUserExists(ApiRequest api, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw KittyException.Invalid("The query parameter 'name' is required");
        }

        return await api.Grain<IUserDirectoryGrain>(api.ApplicationId).FindUserId(name) is null
            ? throw KittyException.NotFound("User")
            : Results.Ok();
    }

    private static async Task<Hal<ChatUserResource>> CreateUser(ApiRequest api)
    {
        var command = CreateUserRequest.Parse(await JsonBody.ReadObject(api.Request), api.ApplicationId);
        var user = await api.Grain<IUserDirectoryGrain>(api.ApplicationId).CreateUser(command);
        return Render(api, user);
    }

    private static async Task<Hal<PagedModel<ChatUserResource>>> ListUsers(ApiRequest api, string? name, string? properties)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Users);
        var propertiesJson = properties is null ? null : JsonBody.ParseObject(properties, "'properties'").GetRawText();
        var users = await api.Grain<IUserDirectoryGrain>(api.ApplicationId).ListUsers(new UserQuery(name, propertiesJson), page);
        return HalResult.Ok(HalPages.Offset(users, "users", api.SelfHref, u => UserResources.Render(u, api.Links),
            QueryParameter.Of("name", name), QueryParameter.Of("properties", properties)));
    }

    private static async Task<Hal<ChatUserResource>> GetUser(ApiRequest api, long id) =>
        Render(api, await User(api, id).Get(api.ApplicationId));

    private static async Task<Hal<ChatUserResource>> UpdateUser(ApiRequest api, long id)
    {
        var patch = UserPatchRequest.Parse(await JsonBody.ReadObject(api.Request, mergePatch: true));
        return Render(api, await User(api, id).Update(api.ApplicationId, patch));
    }

    private static async Task<Hal<ApplicationResource>> DeleteUser(ApiRequest api, long id)
    {
        await User(api, id).Delete(api.ApplicationId);
        return HalResult.Ok(await ApplicationApi.Current(api));
    }

    private static async Task<Hal<ChatUserResource>> UpdateDisplayPicture(ApiRequest api, long id)
    {
        var user = User(api, id);
        FileProperties picture;
        if (UploadedFile.IsMultipart(api.Request))
        {
            var form = await api.Request.ReadFormAsync(api.Http.RequestAborted);
            var upload = await UploadedFile.Read(form, api.Http.RequestAborted);
            await user.Get(api.ApplicationId); // 404 before storing a file nobody will use
            picture = await upload.Store(api.Grains, api.ApplicationId);
        }
        else
        {
            picture = ExternalFileRequest.Parse(await JsonBody.ReadObject(api.Request));
        }

        return Render(api, await user.SetDisplayPicture(api.ApplicationId, picture));
    }

    private static async Task<Hal<PagedModel<ChannelResource>>> ListUserChannels(ApiRequest api, long id)
    {
        var page = PageParameters.Parse(api.Query, SortableProperties.Channels);
        await User(api, id).Get(api.ApplicationId);
        var channels = await api.Grain<IChannelDirectoryGrain>(api.ApplicationId).ListUserChannels(id, page);
        var mentions = await MentionLookup.Load(api.Grains, api.ApplicationId, channels.Items.Select(c => c.LastReceivedMessage));
        return HalResult.Ok(HalPages.Offset(channels, "channels", api.SelfHref, c => ChannelResources.Render(c, api.Links, mentions)));
    }

    private static async Task<Hal<CursorPagedModel<MessageResource>>> ListUserMessages(ApiRequest api, long id, bool? unread)
    {
        var cursor = CursorParameters.Parse(api.Query);
        await User(api, id).Get(api.ApplicationId);
        var query = new MessageQuery(MemberUserId: id, UnreadOnly: unread == true);
        var messages = await api.Grain<IMessageDirectoryGrain>(api.ApplicationId).ListMessages(query, cursor);
        return await MessagePages.Render(api, messages, cursor, QueryParameter.Of("unread", unread?.ToString().ToLowerInvariant()));
    }

    private static async Task<Hal<CursorPagedModel<NotificationResource>>> ListUserNotifications(ApiRequest api, long id)
    {
        var cursor = CursorParameters.Parse(api.Query);
        var recipient = await User(api, id).Get(api.ApplicationId);
        var notifications = await api.Grain<IUserDirectoryGrain>(api.ApplicationId).ListNotifications(id, cursor);
        var rendered = await NotificationResources.RenderAll(api.Grains, api.ApplicationId, api.Links, recipient, notifications.Items);
        return HalResult.Ok(HalPages.Cursor(notifications, cursor, "notifications", api.SelfHref, n => rendered[n.Id]));
    }

    private static async Task<Hal<SecretResource>> GetSecret(ApiRequest api, long id, string name)
    {
        var secret = await User(api, id).GetSecret(api.ApplicationId, name);
        return HalResult.Ok(new SecretResource(KittyJson.RawValue(secret)));
    }

    private static async Task<Hal<ChatUserResource>> SetSecret(ApiRequest api, long id, string name)
    {
        var secretJson = SecretRequest.Parse(await JsonBody.ReadObject(api.Request));
        return Render(api, await User(api, id).SetSecret(api.ApplicationId, name, secretJson));
    }

    private static async Task<Hal<ChatUserResource>> RemoveSecret(ApiRequest api, long id, string name) =>
        Render(api, await User(api, id).RemoveSecret(api.ApplicationId, name));

    private static IUserGrain User(ApiRequest api, long id) => api.Grain<IUserGrain>(id);

    private static Hal<ChatUserResource> Render(ApiRequest api, ChatUser user) => HalResult.Ok(UserResources.Render(user, api.Links));
}
