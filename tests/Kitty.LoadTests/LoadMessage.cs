using System.Text.Json;
using Kitty.Client.Models;

namespace Kitty.LoadTests;

/// <summary>The properties a load message carries: the run, its index and when it was sent.</summary>
internal static class LoadMessage
{
    public static JsonElement Properties(string runId, int index) =>
        JsonSerializer.SerializeToElement(new { loadRun = runId, loadIndex = index, sentAtUs = LoadClock.NowMicros });

    public static bool TryRead(Message message, string runId, out int index, out long sentAtMicros)
    {
        index = -1;
        sentAtMicros = 0;
        var p = message.Properties;
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
