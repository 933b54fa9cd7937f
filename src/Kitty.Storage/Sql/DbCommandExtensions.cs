using System.Data.Common;

namespace Kitty.Storage.Sql;

/// <summary>Terse parameter binding and result reading over any ADO.NET provider's commands.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Query(this DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand With(this DbCommand command, SqlFilter filter)
    {
        foreach (var (name, value) in filter.Parameters)
        {
            command.With(name, value);
        }

        return command;
    }

    public static async Task<List<T>> ListAsync<T>(this DbCommand command, Func<DbDataReader, T> read)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(read(reader));
        }

        return items;
    }

    public static async Task<T?> FirstOrDefaultAsync<T>(this DbCommand command, Func<DbDataReader, T> read)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? read(reader) : null;
    }

    public static async Task<long?> LongOrNullAsync(this DbCommand command) =>
        await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value) : null;

    public static async Task<long> LongAsync(this DbCommand command) => await command.LongOrNullAsync() ?? 0;

    public static async Task<bool> ExistsAsync(this DbCommand command) => await command.LongOrNullAsync() is not null;
}
