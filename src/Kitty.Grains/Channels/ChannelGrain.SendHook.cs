using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Grains.Functions.Context;

namespace Kitty.Grains.Channels;

/// <summary>
/// The blocking <c>user.attempted.send_message</c> function: asked before a user's message is stored, it admits,
/// refuses or rewrites it. It fails closed: a function that throws, times out or crashes refuses the send.
/// </summary>
public sealed partial class ChannelGrain
{
    private const string AttemptedSendTrigger = ChatFunctionTriggers.UserAttemptedSendMessage;

    private async Task<SendMessage> AttemptSend(SendMessage command, ChatUser user)
    {
        // Without a function the cost is this lookup; the event (and the channel read it needs) is only built with one.
        if (await GrainFactory.GetGrain<IChatFunctionTriggerGrain>(command.ApplicationId).FindFunction(AttemptedSendTrigger) is not { } functionId)
            return command;
        var message = new JsonObject
        {
            ["body"] = command.Body,
            ["properties"] = ContextJson.Raw(command.PropertiesJson),
            ["groupTag"] = command.GroupTag,
        };
        if (command.File is { } file)
        {
            message["file"] = new JsonObject
            {
                ["type"] = file.Type.ToString(),
                ["url"] = file.Url,
                ["name"] = file.Name,
                ["contentType"] = file.ContentType,
                ["size"] = file.Size,
            };
        }

        var @event = new JsonObject
        {
            ["user"] = ContextJson.User(user),
            ["channel"] = ContextJson.Channel(await Get(command.ApplicationId)),
            ["message"] = message,
        };
        var outcome = await GrainFactory.GetGrain<IChatFunctionExecutorGrain>(command.ApplicationId)
            .AttemptedSendMessage(ChannelId, functionId, @event.ToJsonString());
        if (!outcome.Ran) return command;
        if (!outcome.Succeeded) throw Refused(outcome.Error is { } error ? $"The message was refused: {error}" : null);
        return Decide(command, outcome.ResultJson);
    }

    /// <summary><c>false</c> or <c>{ allow: false, reason? }</c> refuses; <c>{ body?, properties? }</c> rewrites; anything else admits.</summary>
    private static SendMessage Decide(SendMessage command, string? resultJson)
    {
        if (resultJson is null) return command;
        using var result = JsonDocument.Parse(resultJson);
        var root = result.RootElement;
        if (root.ValueKind == JsonValueKind.False) throw Refused(null);
        if (root.ValueKind != JsonValueKind.Object) return command;
        if (root.TryGetProperty("allow", out var allow) && allow.ValueKind == JsonValueKind.False)
            throw Refused(root.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null);

        var rewritten = command;
        if (root.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String)
            rewritten = rewritten with { Body = body.GetString() };
        if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            rewritten = rewritten with { PropertiesJson = properties.GetRawText() };
        if (ReferenceEquals(rewritten, command)) return command;
        try
        {
            ValidateContent(rewritten);
        }
        catch (KittyException invalid)
        {
            throw Refused($"The user.attempted.send_message function rewrote the message into an invalid one: {invalid.Message}");
        }

        return rewritten;
    }

    private static KittyException Refused(string? reason) => new(KittyError.InvalidOperationError,
        string.IsNullOrWhiteSpace(reason) ? "The user.attempted.send_message function refused the message." : reason);
}
