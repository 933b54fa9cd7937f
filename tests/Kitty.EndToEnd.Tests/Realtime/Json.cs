using System.Collections;
using System.Text.Json;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>Turns what a hub call or event gives (JsonElement, or MessagePack object trees) into JSON.</summary>
public static class Json
{
    public static JsonElement From(object? value) => value is JsonElement element
        ? element.Clone()
        : JsonSerializer.SerializeToElement(Normalize(value));

    public static long Id(this JsonElement element, string name = "id") => element.GetProperty(name).GetInt64();

    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();

    private static object? Normalize(object? value) => value switch
    {
        null or string or bool => value,
        IDictionary dictionary => Entries(dictionary).ToDictionary(e => e.Key.ToString()!, e => Normalize(e.Value)),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }

    /// <summary>The "&lt;ErrorName&gt;: &lt;text&gt;" a hub refusal carries (SignalR prefixes it with where it failed).</summary>
    public static string Error(this Microsoft.AspNetCore.SignalR.HubException exception)
    {
        const string marker = "HubException: ";
        var at = exception.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? exception.Message : exception.Message[(at + marker.Length)..];
    }
}
