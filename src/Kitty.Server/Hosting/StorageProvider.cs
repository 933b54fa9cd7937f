namespace Kitty.Server.Hosting;

/// <summary>Where a node keeps grain state and the chat store (<c>Kitty:Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One node on an embedded SQLite file in the data directory (the default).</summary>
    Sqlite,

    /// <summary>A cluster: membership, grain state, reminders and the chat store in one PostgreSQL database.</summary>
    PostgreSql,
}
