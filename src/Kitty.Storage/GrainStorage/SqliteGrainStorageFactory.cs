using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Kitty.Storage.GrainStorage;

/// <summary>Builds the named provider with its named options, as Orleans' own providers do.</summary>
internal static class SqliteGrainStorageFactory
{
    public static SqliteGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name);
        // Orleans' own binary format by default: it honours [GenerateSerializer] and [Id] versioning on state
        // types, where the silo's default JSON serializer silently drops the fields of positional records.
        var serializer = options.GrainStorageSerializer
            ?? services.GetKeyedService<IGrainStorageSerializer>(name)
            ?? new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        return ActivatorUtilities.CreateInstance<SqliteGrainStorage>(services, name, serializer);
    }
}
