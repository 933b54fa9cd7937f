using System.Data.Common;
using System.Text.Json;
using Kitty.Storage.Sql;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>PostgreSQL's side of <see cref="SqlDialect"/>: JSON through jsonb, ILIKE for case-blind matching.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override string Greatest(string left, string right) => $"GREATEST({left}, {right})";

    public override string LikeIgnoringCase => "ILIKE";

    public override string IdsOfJsonArray(string parameter) =>
        $"SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST({parameter} AS json))";

    // jsonb equality compares numbers by value and objects by content, as the SQLite dialect's atom comparison does
    // for scalars; a missing key yields NULL, which never matches (JSON null must be present to match null).
    internal override string JsonPropertyEquals(SqlFilter filter, string column, string key, JsonElement value) =>
        $"(CAST({column} AS jsonb) -> CAST({key} AS text)) = CAST({filter.Param(value.GetRawText())} AS jsonb)";

    public override bool IsDuplicateMessageSeq(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_messages_channel_seq" };
}
