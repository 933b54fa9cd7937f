using System.Data.Common;
using System.Text.Json;
using Kitty.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Sqlite;

/// <summary>SQLite's side of <see cref="SqlDialect"/>: JSON through <c>json_each</c>, LIKE already case-blind for ASCII.</summary>
public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraint = 19;

    public static SqliteDialect Instance { get; } = new();

    public override string Greatest(string left, string right) => $"max({left}, {right})";

    public override string LikeIgnoringCase => "LIKE";

    public override string IdsOfJsonArray(string parameter) => $"SELECT value FROM json_each({parameter})";

    internal override string JsonPropertyEquals(SqlFilter filter, string column, string key, JsonElement value)
    {
        var source = $"json_each(CASE WHEN json_valid({column}) THEN {column} ELSE '{{}}' END)";
        return $"EXISTS (SELECT 1 FROM {source} j WHERE j.key = {key} AND {Match(filter, value)})";
    }

    public override bool IsDuplicateMessageSeq(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e && e.Message.Contains("messages.seq", StringComparison.Ordinal);

    private static string Match(SqlFilter filter, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"j.type = 'text' AND j.atom = {filter.Param(value.GetString())}",
        JsonValueKind.Number => $"j.type IN ('integer', 'real') AND j.atom = {filter.Param(Number(value))}",
        JsonValueKind.True => "j.type = 'true'",
        JsonValueKind.False => "j.type = 'false'",
        JsonValueKind.Null => "j.type = 'null'",
        JsonValueKind.Array => $"j.type = 'array' AND j.value = json({filter.Param(value.GetRawText())})",
        _ => $"j.type = 'object' AND j.value = json({filter.Param(value.GetRawText())})",
    };

    private static object Number(JsonElement value) => value.TryGetInt64(out var integer) ? integer : value.GetDouble();
}
