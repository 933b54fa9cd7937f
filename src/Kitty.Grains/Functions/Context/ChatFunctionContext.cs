using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Functions;

namespace Kitty.Grains.Functions.Context;

/// <summary>
/// The host side of a script's <c>context</c>: the chatkitty-platform-sdk 2.4.0 method names (and the 1.x names
/// ChatKitty's own examples call) run directly against the application's grains. Called from the V8 thread, so it
/// only holds the grain factory and the application id. <paramref name="guardedChannelId"/> is the channel a blocking
/// <c>user.attempted.send_message</c> run guards: that channel is awaiting the run, so calls to it are refused at once
/// instead of waiting (and, once the run timed out, landing after the send they were meant to decide).
/// </summary>
public sealed class ChatFunctionContext(IGrainFactory grains, long applicationId, long? guardedChannelId = null) : IChatFunctionContext
{
    public async Task<string> Invoke(string api, string method, string argsJson)
    {
        var args = new ContextArguments(JsonDocument.Parse(argsJson).RootElement.Clone());
        var calls = new ContextCalls(grains, applicationId, guardedChannelId);
        JsonNode? data = api switch
        {
            "user" => await UserContextApi.Invoke(calls, method, args),
            "channel" => await ChannelContextApi.Invoke(calls, method, args),
            "message" => await MessageContextApi.Invoke(calls, method, args),
            "application" => await ApplicationContextApi.Invoke(calls, method, args),
            "userSession" => await UserSessionContextApi.Invoke(calls, method, args),
            _ => throw Unknown(api, method),
        };
        return data?.ToJsonString() ?? "null";
    }

    internal static KittyException Unknown(string api, string method) =>
        KittyException.Invalid($"The {api} API of the chat function context has no method '{method}'.");
}
