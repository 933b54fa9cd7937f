using Kitty.Storage.Sql;
using Kitty.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Kitty.Storage.GrainStorage;

/// <summary>
/// Orleans grain state in the <c>grain_state</c> table of the shared SQLite file. Optimistic concurrency by
/// etag: a write or clear succeeds only when the stored etag is the one the grain last read or wrote (none
/// when no record exists), so a stale activation can never overwrite a newer state.
/// </summary>
public sealed partial class SqliteGrainStorage(
    string name,
    SqliteDatabase database,
    IGrainStorageSerializer serializer,
    IActivatorProvider activatorProvider,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string ReadSql = "SELECT payload, etag FROM grain_state WHERE grain_type = $type AND grain_id = $id";
    private const string EtagSql = "SELECT etag FROM grain_state WHERE grain_type = $type AND grain_id = $id";
    private const string InsertSql = "INSERT INTO grain_state (grain_type, grain_id, payload, etag) VALUES ($type, $id, $payload, $etag) ON CONFLICT DO NOTHING";
    private const string UpdateSql = "UPDATE grain_state SET payload = $payload, etag = $etag WHERE grain_type = $type AND grain_id = $id AND etag = $expected";
    private const string DeleteSql = "DELETE FROM grain_state WHERE grain_type = $type AND grain_id = $id AND etag = $expected";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Query(ReadSql).With("$type", stateName).With("$id", grainId.ToString());
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                var state = serializer.Deserialize<T>(new BinaryData((byte[])reader.GetValue(0)));
                grainState.State = state ?? CreateInstance<T>();
                grainState.ETag = reader.GetString(1);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.State = CreateInstance<T>();
                grainState.ETag = null;
                grainState.RecordExists = false;
            }

            return true;
        });

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        var etag = NewEtag();
        var id = grainId.ToString();
        await database.WriteAsync(async w =>
        {
            var command = grainState.ETag is null
                ? w.Command(InsertSql)
                : w.Command(UpdateSql).With("$expected", grainState.ETag);
            var written = await command
                .With("$type", stateName)
                .With("$id", id)
                .With("$payload", payload)
                .With("$etag", etag)
                .ExecuteNonQueryAsync();
            if (written == 0)
            {
                await ThrowInconsistent(w, "write", stateName, id, grainState.ETag);
            }
        });
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = grainId.ToString();
        await database.WriteAsync(async w =>
        {
            if (grainState.ETag is null)
            {
                // Clearing what was never written is fine only if nobody else wrote it meanwhile.
                var stored = await StoredEtag(w, stateName, id);
                if (stored is not null)
                {
                    await ThrowInconsistent(w, "clear", stateName, id, null);
                }

                return;
            }

            var deleted = await w.Command(DeleteSql)
                .With("$type", stateName)
                .With("$id", id)
                .With("$expected", grainState.ETag)
                .ExecuteNonQueryAsync();
            if (deleted == 0)
            {
                await ThrowInconsistent(w, "clear", stateName, id, grainState.ETag);
            }
        });
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = CreateInstance<T>();
    }

    private async Task ThrowInconsistent(SqliteWriter w, string operation, string stateName, string grainId, string? currentEtag)
    {
        var stored = await StoredEtag(w, stateName, grainId);
        LogEtagMismatch(name, operation, stateName, grainId, stored, currentEtag);
        throw new InconsistentStateException(
            $"Etag mismatch on {operation} of {stateName} for {grainId} in grain storage '{name}'.", stored, currentEtag);
    }

    private static async Task<string?> StoredEtag(SqliteWriter w, string stateName, string grainId) =>
        await w.Command(EtagSql).With("$type", stateName).With("$id", grainId).ExecuteScalarAsync() as string;

    /// <summary>Opens and migrates the database before grains can activate.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            OptionFormattingUtilities.Name<SqliteGrainStorage>(name),
            ServiceLifecycleStage.ApplicationServices,
            cancellationToken => database.InitializeAsync(cancellationToken));

    private static string NewEtag() => Guid.NewGuid().ToString("N");

    private T CreateInstance<T>() => activatorProvider.GetActivator<T>().Create();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain storage {Provider}: etag mismatch on {Operation} of {StateName} for {GrainId} (stored {StoredEtag}, current {CurrentEtag})")]
    private partial void LogEtagMismatch(string provider, string operation, string stateName, string grainId, string? storedEtag, string? currentEtag);
}
