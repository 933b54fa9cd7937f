using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Functions.Context;

/// <summary><c>context.getChannelApi()</c>: platform-sdk 2.4.0 <c>ChannelApi</c> names plus the 1.x aliases.</summary>
internal static class ChannelContextApi
{
    public static async Task<JsonNode?> Invoke(ContextCalls calls, string method, ContextArguments args) => method switch
    {
        "createChannel" => ContextJson.Channel(await calls.Directory<IChannelDirectoryGrain>().CreateChannel(Create(calls, args.Object(0)))),
        "retrieveChannel" or "getChannel" => ContextJson.Channel(await calls.Grain<IChannelGrain>(args.Id(0)).Get(calls.ApplicationId)),
        "listChannels" or "getChannels" => ContextJson.Paged(
            await calls.Directory<IChannelDirectoryGrain>().ListChannels(Query(args), args.Page(0)), "channels", c => ContextJson.Channel(c)),
        "listChannelMembers" or "getChannelMembers" => ContextJson.Paged(
            await calls.Directory<IChannelDirectoryGrain>().ListMembers(args.Id(0), args.Page(1)), "users", u => ContextJson.User(u)),
        "addChannelMember" or "createChannelMember" => ContextJson.Channel(await AddMember(calls, args.Id(0), args.Object(1))),
        "sendChannelMessage" or "sendMessage" => ContextJson.Message(await Send(calls, args.Id(0), args.Object(1))),
        "listChannelMessages" or "getChannelMessages" => await MessageContextApi.List(calls, new MessageQuery(ChannelId: args.Id(0)), args, 1),
        _ => throw ChatFunctionContext.Unknown("channel", method),
    };

    private static CreateChannel Create(ContextCalls calls, JsonElement body)
    {
        var type = Enum.TryParse<ChannelType>(ContextArguments.Property(body, "type"), ignoreCase: false, out var parsed)
            ? parsed
            : throw KittyException.Invalid("'type' must be DIRECT, PUBLIC or PRIVATE.");
        var members = body.TryGetProperty("members", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ContextArguments.UserReference).Distinct().ToList()
            : [];
        if (type == ChannelType.DIRECT && members.Count == 0) throw KittyException.Invalid("'members' is required for a DIRECT channel");
        var direct = type == ChannelType.DIRECT;
        return new CreateChannel(
            calls.ApplicationId,
            type,
            direct ? null : ContextArguments.Property(body, "name"),
            direct ? null : ContextArguments.Property(body, "displayName"),
            body.TryGetProperty("creator", out var creator) && creator.ValueKind == JsonValueKind.Object
                ? ContextArguments.UserReference(creator)
                : null,
            members,
            ContextArguments.PropertiesJson(body));
    }

    private static ChannelQuery Query(ContextArguments args) =>
        new(Enum.TryParse<ChannelType>(args.OptionalString(3), out var type) ? type : null);

    private static async Task<Channel> AddMember(ContextCalls calls, long channelId, JsonElement member)
    {
        var userId = await calls.Directory<IUserDirectoryGrain>().Resolve(ContextArguments.UserReference(member));
        return await calls.Grain<IChannelGrain>(channelId).AddMember(calls.ApplicationId, userId);
    }

    private static async Task<Message> Send(ContextCalls calls, long channelId, JsonElement body)
    {
        var userId = body.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
            ? await calls.Directory<IUserDirectoryGrain>().Resolve(ContextArguments.UserReference(user))
            : (long?)null;
        return await calls.Grain<IChannelGrain>(channelId).SendMessage(new SendMessage(
            calls.ApplicationId,
            userId,
            ContextArguments.Property(body, "body") ?? throw KittyException.Invalid("'body' is required."),
            null,
            ContextArguments.Property(body, "groupTag"),
            ContextArguments.PropertiesJson(body),
            SentByChatFunction: true));
    }
}
