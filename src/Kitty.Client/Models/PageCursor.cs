using System.Globalization;
using System.Text.Json.Serialization;
using Kitty.Client.Wire;

namespace Kitty.Client.Models;

/// <summary>
/// An opaque page cursor as the server hands it out. Message listings use seqs, other listings ids; on the
/// wire a numeric cursor is a JSON number and any other cursor a string.
/// </summary>
/// <param name="Value">The cursor text.</param>
[JsonConverter(typeof(PageCursorJsonConverter))]
public readonly record struct PageCursor(string Value)
{
    /// <summary>The cursor as a number, when it is one (message seqs, ids).</summary>
    public long? AsNumber => long.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A cursor from a number, e.g. the seq of the last message seen.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator PageCursor(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A cursor from its text.</summary>
    /// <param name="value">The cursor text.</param>
    public static implicit operator PageCursor(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
