using Kitty.Storage.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Kitty.Storage.Hosting;

/// <summary>Opens and migrates the database at start-up, so a bad file or schema fails the host early.</summary>
public sealed class ChatStoreInitializer(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
