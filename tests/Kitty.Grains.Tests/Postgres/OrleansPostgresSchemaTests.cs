using Kitty.Storage.PostgreSql;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Postgres;

/// <summary>Kitty's Orleans schema on PostgreSQL: applied at every start, by every node at once.</summary>
public sealed class OrleansPostgresSchemaTests : PostgresDatabaseTest
{
    // Every query key the three ADO.NET providers read at start-up (they refuse to start when one is missing).
    private static readonly string[] ProviderQueryKeys =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey", "UpsertReminderRowKey",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [SkippableFact]
    public async Task Apply_Twice_LeavesOneCopyOfEveryQueryTheProvidersRead()
    {
        var database = Database;

        await OrleansPostgresSchema.ApplyAsync(database.ConnectionString);
        await OrleansPostgresSchema.ApplyAsync(database.ConnectionString);

        Assert.Equal(ProviderQueryKeys.Order(StringComparer.Ordinal), await QueryKeys(database));
    }

    [SkippableFact]
    public async Task Apply_FromSeveralNodesAtOnce_Succeeds()
    {
        var database = Database;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => OrleansPostgresSchema.ApplyAsync(database.ConnectionString))));

        Assert.Equal(ProviderQueryKeys.Order(StringComparer.Ordinal), await QueryKeys(database));
        Assert.Equal(5L, await database.ScalarAsync(
            "SELECT count(*) FROM pg_tables WHERE tablename IN ('orleansquery', 'orleansmembershipversiontable', 'orleansmembershiptable', 'orleansstorage', 'orleansreminderstable')"));
    }

    private static async Task<string[]> QueryKeys(PostgresTestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return [.. keys];
    }
}
