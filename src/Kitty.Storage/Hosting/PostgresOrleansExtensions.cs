using Kitty.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Kitty.Storage.Hosting;

/// <summary>
/// Orleans clustering, grain storage and reminders on PostgreSQL through the ADO.NET providers, on Kitty's own
/// schema (<see cref="OrleansPostgresSchema"/>), which the silo applies before its providers start.
/// </summary>
public static class PostgresOrleansExtensions
{
    /// <summary>Membership of the cluster in PostgreSQL.</summary>
    public static ISiloBuilder UseKittyPostgresClustering(this ISiloBuilder builder, string connectionString)
    {
        builder.Services.AddOrleansPostgresSchema(connectionString);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = OrleansPostgresSchema.Invariant;
            options.ConnectionString = PostgresConnectionPools.Limit(connectionString, PostgresConnectionPools.Orleans);
        });
    }

    /// <summary>
    /// A front-end-only node (an Orleans client) finding the cluster's gateways in PostgreSQL; the silos apply the schema.
    /// </summary>
    public static IClientBuilder UseKittyPostgresClustering(this IClientBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = OrleansPostgresSchema.Invariant;
            options.ConnectionString = PostgresConnectionPools.Limit(connectionString, PostgresConnectionPools.Orleans);
        });
    }

    /// <summary>
    /// A grain storage provider named <paramref name="name"/> in PostgreSQL. State is written with Orleans' binary
    /// serializer (as on SQLite): it honours [GenerateSerializer] and [Id] on state types, where the default JSON
    /// serializer drops the fields of positional records. A serializer keyed by the provider's name wins.
    /// </summary>
    public static ISiloBuilder AddKittyPostgresGrainStorage(this ISiloBuilder builder, string name, string connectionString)
    {
        builder.Services.AddOrleansPostgresSchema(connectionString);
        builder.Services.AddAdoNetGrainStorage(name, options => options.Configure<IServiceProvider>((storage, services) =>
        {
            storage.Invariant = OrleansPostgresSchema.Invariant;
            storage.ConnectionString = PostgresConnectionPools.Limit(connectionString, PostgresConnectionPools.Orleans);
            storage.GrainStorageSerializer ??= services.GetKeyedService<IGrainStorageSerializer>(name)
                ?? new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        }));
        return builder;
    }

    /// <summary>Reminders in PostgreSQL.</summary>
    public static ISiloBuilder UseKittyPostgresReminders(this ISiloBuilder builder, string connectionString)
    {
        builder.Services.AddOrleansPostgresSchema(connectionString);
        return builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = OrleansPostgresSchema.Invariant;
            options.ConnectionString = PostgresConnectionPools.Limit(connectionString, PostgresConnectionPools.Orleans);
        });
    }

    private static void AddOrleansPostgresSchema(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.Configure<OrleansPostgresSchemaOptions>(options => options.ConnectionStrings.Add(connectionString));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, OrleansPostgresSchemaInitializer>());
    }
}
