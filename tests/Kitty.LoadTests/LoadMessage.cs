using System.Text.Json;

namespace Kitty.LoadTests;

/// <summary>The body and properties of a load message (the run, its index and when it was sent), the same for every target.</summary>
internal static class LoadMessage
{
    public static string Body(int index) => $"load message {index}";

    public static JsonElement Properties(string runId, int index) =>
        JsonSerializer.SerializeToElement(new { loadRun = runId, loadIndex = index, sentAtUs = LoadClock.NowMicros });

    public static bool TryRead(JsonElement properties, string runId, out int index, out long sentAtMicros)
    {
        index = -1;
        sentAtMicros = 0;
        var p = properties;
        if (p.ValueKind != JsonValueKind.Object
            || !p.TryGetProperty("loadRun", out var run) || run.GetString() != runId
            || !p.TryGetProperty("loadIndex", out var i) || !p.TryGetProperty("sentAtUs", out var at))
        {
            return false;
        }

        index = i.GetInt32();
        sentAtMicros = at.GetInt64();
        return true;
    }
}
