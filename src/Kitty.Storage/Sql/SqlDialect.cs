using System.Data.Common;
using System.Text.Json;

namespace Kitty.Storage.Sql;

/// <summary>
/// The few places where the chat store's SQL differs between databases. Everything else is written once, in SQL that
/// SQLite and PostgreSQL both read (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>RETURNING</c>).
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The larger of two values (SQLite's two-argument <c>max</c>, PostgreSQL's <c>GREATEST</c>).</summary>
    public abstract string Greatest(string left, string right);

    /// <summary>The operator matching a LIKE pattern without regard to letter case.</summary>
    public abstract string LikeIgnoringCase { get; }

    /// <summary>A subquery of the ids in <paramref name="parameter"/>, bound to a JSON array of numbers.</summary>
    public abstract string IdsOfJsonArray(string parameter);

    /// <summary>
    /// A condition true when the JSON object in <paramref name="column"/> has the key bound to <paramref name="key"/>
    /// with a value equal to <paramref name="value"/>; values are bound through <paramref name="filter"/>.
    /// </summary>
    internal abstract string JsonPropertyEquals(SqlFilter filter, string column, string key, JsonElement value);

    /// <summary>Whether <paramref name="exception"/> is the refusal of a second message with a channel's seq.</summary>
    public abstract bool IsDuplicateMessageSeq(DbException exception);
}
