using Kitty.Storage.Chat;
using Kitty.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kitty.Storage.Hosting;

/// <summary>Registers the chat store on PostgreSQL, for cluster nodes sharing one database.</summary>
public static class PostgresChatStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IChatStore"/> on the PostgreSQL database of <paramref name="connectionString"/>, its writes
    /// group-committed, and a hosted service that applies the chat store's migrations at start-up (nodes starting at
    /// once apply each exactly once).
    /// </summary>
    public static IServiceCollection AddPostgresChatStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(sp => new PostgresChatDatabase(
            new NpgsqlDataSourceBuilder(PostgresConnectionPools.Limit(connectionString, PostgresConnectionPools.ChatStore)).UseLoggerFactory(sp.GetService<ILoggerFactory>()).Build()));
        services.TryAddSingleton<SqlChatStore>(sp => new SqlChatStore(sp.GetRequiredService<PostgresChatDatabase>()));
        services.TryAddSingleton<IChatStore>(sp => sp.GetRequiredService<SqlChatStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresChatStoreInitializer>(sp =>
            new PostgresChatStoreInitializer(connectionString, sp.GetRequiredService<ILogger<PostgresChatStoreMigrator>>())));
        return services;
    }
}
