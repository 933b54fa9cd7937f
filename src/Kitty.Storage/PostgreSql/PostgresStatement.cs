using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>One SQL statement with its named parameters (<c>@name</c>), as a group commit batches it.</summary>
public sealed record PostgresStatement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    public PostgresStatement(string sql, params (string Name, object? Value)[] parameters)
        : this(sql, [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))])
    {
    }

    // A fresh command each time: a batch command belongs to one batch, and a failed batch is sent again write by write.
    internal NpgsqlBatchCommand ToBatchCommand()
    {
        var command = new NpgsqlBatchCommand(Sql);
        foreach (var (name, value) in Parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
