using Microsoft.Data.Sqlite;

namespace Kitty.Storage.Sqlite;

/// <summary>Terse parameter binding and result reading over <see cref="SqliteCommand"/>.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Query(this SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, SqlFilter filter)
    {
        foreach (var (name, value) in filter.Parameters)
        {
            command.With(name, value);
        }

        return command;
    }

    public static async Task<List<T>> ListAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(read(reader));
        }

        return items;
    }

    public static async Task<T?> FirstOrDefaultAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? read(reader) : null;
    }

    public static async Task<long?> LongOrNullAsync(this SqliteCommand command) =>
        await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value) : null;

    public static async Task<long> LongAsync(this SqliteCommand command) => await command.LongOrNullAsync() ?? 0;

    public static async Task<bool> ExistsAsync(this SqliteCommand command) => await command.LongOrNullAsync() is not null;
}
