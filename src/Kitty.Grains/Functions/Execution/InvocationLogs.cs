using System.Text.Json;
using Kitty.Functions;

namespace Kitty.Grains.Functions.Execution;

/// <summary>How an invocation's result and console output are stored: <c>{ "payload": value }</c> and a JSON array of log entries.</summary>
internal static class InvocationLogs
{
    public const string Empty = "[]";

    public static string? Payload(FunctionResult result) =>
        result.Succeeded ? $"{{\"payload\":{result.ResultJson ?? "null"}}}" : null;

    public static string Format(FunctionResult result)
    {
        var entries = result.Logs.Select(l => new LogLine(l.Level.ToString().ToLowerInvariant(), l.Message)).ToList();
        if (result.Failure is { } failure) entries.Add(new LogLine("error", $"{failure.Kind}: {failure.Message}"));
        if (result.DroppedLogCount > 0) entries.Add(new LogLine("warn", $"{result.DroppedLogCount} more console entries were dropped."));
        return JsonSerializer.Serialize(entries, JsonSerializerOptions.Web);
    }

    public static string Error(string kind, string message) =>
        JsonSerializer.Serialize(new[] { new LogLine("error", $"{kind}: {message}") }, JsonSerializerOptions.Web);

    private sealed record LogLine(string Level, string Message);
}
