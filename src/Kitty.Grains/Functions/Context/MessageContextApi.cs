using System.Text.Json.Nodes;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;

namespace Kitty.Grains.Functions.Context;

/// <summary><c>context.getMessageApi()</c>: platform-sdk 2.4.0 <c>MessageApi</c> names plus the 1.x aliases.</summary>
internal static class MessageContextApi
{
    public static async Task<JsonNode?> Invoke(ContextCalls calls, string method, ContextArguments args) => method switch
    {
        "retrieveMessage" or "getMessage" => ContextJson.Message(await calls.Directory<IMessageDirectoryGrain>().GetMessage(args.Id(0))),
        "listMessages" or "getMessages" => await List(calls, new MessageQuery(SenderName: args.OptionalString(4), BodyContains: args.OptionalString(5)), args, 0),
        _ => throw ChatFunctionContext.Unknown("message", method),
    };

    /// <summary>A cursor page from <c>(size, start, next, relation)</c> arguments at <paramref name="index"/>.</summary>
    public static async Task<JsonNode?> List(ContextCalls calls, MessageQuery query, ContextArguments args, int index)
    {
        var relation = Enum.TryParse<CursorRelation>(args.OptionalString(index + 3), out var parsed) ? parsed : CursorRelation.SELF;
        var cursor = new CursorRequest(
            Math.Clamp(args.Int(index) ?? PageRequest.DefaultSize, 1, PageRequest.MaxSize),
            args.At(index + 1) is null ? null : args.Id(index + 1),
            args.At(index + 2) is null ? null : args.Id(index + 2),
            relation);
        var page = await calls.Directory<IMessageDirectoryGrain>().ListMessages(query, cursor);
        return ContextJson.Items(page.Items, "messages", m => ContextJson.Message(m));
    }
}
