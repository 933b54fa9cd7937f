namespace Kitty.Storage.Options;

/// <summary>Where the embedded SQLite database lives and how hard it syncs (configuration section <c>Kitty:Storage</c>).</summary>
public sealed class ChatStoreOptions
{
    public const string SectionName = "Kitty:Storage";

    /// <summary>The directory of the database file; created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The database file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "kitty.db";

    /// <summary>SQLite <c>synchronous</c> pragma: FULL (durable on commit, the default), NORMAL, OFF or EXTRA.</summary>
    public string Synchronous { get; set; } = "FULL";

    /// <summary>How long a connection waits for a lock held by another process before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The full path of the database file.</summary>
    public string FilePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
