using System.Reflection;
using Npgsql;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// Kitty's own PostgreSQL schema for Orleans' ADO.NET clustering, grain persistence and reminders (the packages
/// ship no PostgreSQL scripts). Every script is idempotent and the whole set runs in one transaction under an
/// advisory lock, so every node can apply it at start, all at once.
/// </summary>
public static class OrleansPostgresSchema
{
    /// <summary>The ADO.NET invariant the providers use to load Npgsql.</summary>
    public const string Invariant = "Npgsql";

    // An arbitrary constant shared by every node: "Kitty" + "Orle" in ASCII.
    private const long LockKey = 0x4B69747479_4F726CL;
    private const string ResourcePrefix = "Kitty.Storage.PostgreSql.Orleans.";

    private static readonly Lazy<IReadOnlyList<string>> Scripts = new(LoadScripts);

    /// <summary>Creates or updates the Orleans tables, functions and the named queries the providers read.</summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", LockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var script in Scripts.Value)
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static IReadOnlyList<string> LoadScripts()
    {
        var assembly = typeof(OrleansPostgresSchema).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
