using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Kitty.Api.Rtm.Limits;

/// <summary>
/// The 64 KiB rule for hub messages (realtime-protocol.md §4), applied per invocation by <c>RtmHubFilter</c>
/// so that a refusal is a <c>ValidationError</c> on a connection that stays open; the transport's own limit
/// (<see cref="TransportMaxBytes"/>) only guards memory, and exceeding it closes the connection as SignalR does.
/// The size is that of the arguments as they arrived: for JSON the raw UTF-8 text of each argument; for
/// MessagePack the UTF-8 bytes of every string (keys too) and binary, plus one byte per container and nine
/// per other scalar (an upper bound of their encoding). The method name and framing are not counted.
/// </summary>
internal static class InvocationSize
{
    public const int MaxBytes = 64 * 1024;

    public const int TransportMaxBytes = 1024 * 1024;

    /// <summary>Whether the arguments measure more than <paramref name="maxBytes"/>; stops measuring once they do.</summary>
    public static bool Exceeds(IReadOnlyList<object?> arguments, long maxBytes)
    {
        var budget = maxBytes;
        foreach (var argument in arguments)
        {
            if (!Take(argument, ref budget))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Take(object? value, ref long budget)
    {
        switch (value)
        {
            case JsonElement element:
                return Spend(JsonMarshal.GetRawUtf8Value(element).Length, ref budget);
            case string text:
                return Spend(Encoding.UTF8.GetByteCount(text), ref budget);
            case byte[] bytes:
                return Spend(bytes.Length, ref budget);
            case IDictionary dictionary:
                var entries = dictionary.GetEnumerator();
                while (entries.MoveNext())
                {
                    if (!Take(entries.Key, ref budget) || !Take(entries.Value, ref budget))
                    {
                        return false;
                    }
                }

                return Spend(1, ref budget);
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (!Take(item, ref budget))
                    {
                        return false;
                    }
                }

                return Spend(1, ref budget);
            default:
                return Spend(value is null ? 1 : 9, ref budget);
        }
    }

    private static bool Spend(long bytes, ref long budget) => (budget -= bytes) >= 0;
}
