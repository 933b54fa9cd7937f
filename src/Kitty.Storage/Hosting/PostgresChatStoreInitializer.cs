using Kitty.Storage.PostgreSql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kitty.Storage.Hosting;

/// <summary>Applies the chat store's PostgreSQL migrations at start-up, so a node never serves an older schema.</summary>
internal sealed class PostgresChatStoreInitializer(string connectionString, ILogger<PostgresChatStoreMigrator> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        new PostgresChatStoreMigrator(logger).MigrateAsync(connectionString, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
