using Kitty.Storage.GrainStorage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Kitty.Storage.Hosting;

/// <summary>Registers named Orleans grain storage providers on the shared SQLite database.</summary>
public static class SqliteGrainStorageExtensions
{
    /// <summary>Adds a grain storage provider named <paramref name="name"/> (e.g. "kitty", or "PubSubStore").</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions>? configure = null) =>
        builder.ConfigureServices(services => services.AddSqliteGrainStorage(name, configure));

    /// <summary>Adds the default grain storage provider (used by state without a named provider).</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions>? configure = null) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Adds a grain storage provider named <paramref name="name"/>; the file is set by <c>ChatStoreOptions</c>.</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, Action<SqliteGrainStorageOptions>? configure = null)
    {
        services.AddSqliteDatabase();
        var options = services.AddOptions<SqliteGrainStorageOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.ConfigureNamedOptionForLogging<SqliteGrainStorageOptions>(name);
        return services.AddGrainStorage(name, SqliteGrainStorageFactory.Create);
    }
}
