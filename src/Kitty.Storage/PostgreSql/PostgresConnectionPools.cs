using System.Data.Common;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// How many connections a node may hold. Npgsql's default pool of 100 per connection string would let one busy node
/// (the chat store's pool and the Orleans providers' pool) take more than PostgreSQL's default 100 connections, and
/// three nodes many times that: under load they then fail with "remaining connection slots are reserved". A pool size
/// written in the connection string wins.
/// </summary>
public static class PostgresConnectionPools
{
    /// <summary>The chat store's pool: its group commit's lanes plus concurrent reads.</summary>
    public const int ChatStore = 24;

    /// <summary>The pool the Orleans providers share (membership, grain state, reminders): one connection per operation.</summary>
    public const int Orleans = 16;

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "MaxPoolSize"];

    /// <summary><paramref name="connectionString"/> with <paramref name="size"/> as its pool size unless it names one.</summary>
    public static string Limit(string connectionString, int size)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (PoolSizeKeys.Any(builder.ContainsKey)) return connectionString;
        builder["Maximum Pool Size"] = size;
        return builder.ConnectionString;
    }
}
