using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kitty.Storage.GrainStorage;

/// <summary>Builds the named provider with its named options, as Orleans' own providers do.</summary>
internal static class SqliteGrainStorageFactory
{
    public static SqliteGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name);
        return ActivatorUtilities.CreateInstance<SqliteGrainStorage>(services, name, options.GrainStorageSerializer);
    }
}
