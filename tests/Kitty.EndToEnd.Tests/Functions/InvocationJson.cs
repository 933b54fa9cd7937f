using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>Reads an invocation resource: <c>{ args, result: { payload }, status, logs: [{ level, message }] }</c>.</summary>
public static class InvocationJson
{
    public static string Status(this JsonObject invocation) => invocation["status"]!.GetValue<string>();

    public static JsonNode? Payload(this JsonObject invocation) => invocation["result"]?["payload"];

    public static long ArgId(this JsonObject invocation, string resource) => invocation["args"]![resource]!["id"]!.GetValue<long>();

    public static IEnumerable<string> LogMessages(this JsonObject invocation) =>
        invocation["logs"]!.AsArray().Select(l => l!["message"]!.GetValue<string>());
}
