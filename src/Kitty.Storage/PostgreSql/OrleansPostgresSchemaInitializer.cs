using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Kitty.Storage.PostgreSql;

/// <summary>
/// Applies <see cref="OrleansPostgresSchema"/> to every configured database before the runtime starts, so the
/// providers find their tables and named queries when they initialize (membership, reminders, storage all come later).
/// </summary>
internal sealed partial class OrleansPostgresSchemaInitializer(
    IOptions<OrleansPostgresSchemaOptions> options,
    ILogger<OrleansPostgresSchemaInitializer> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize - 1;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrleansPostgresSchemaInitializer), Stage, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        foreach (var connectionString in options.Value.ConnectionStrings)
        {
            await OrleansPostgresSchema.ApplyAsync(connectionString, cancellationToken);
            LogApplied(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orleans schema applied to a PostgreSQL database.")]
    private static partial void LogApplied(ILogger logger);
}
