using System.Data.Common;
using Kitty.Storage.Sql;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>A write inside a group-commit batch: its commands join the batch's transaction.</summary>
internal sealed class PostgresWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : SqlWriter, IAsyncDisposable
{
    private readonly List<NpgsqlCommand> _commands = [];

    public override DbCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        _commands.Add(command);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands) await command.DisposeAsync();
    }
}
