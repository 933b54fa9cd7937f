namespace Kitty.LoadTests.Grains;

/// <summary>Orleans' management grain: what the node holds and how to make it let go (collection, garbage collection).</summary>
internal sealed class SiloManagement(IGrainFactory grains)
{
    private readonly IManagementGrain _management = grains.GetGrain<IManagementGrain>(0);

    /// <summary>Deactivates every idle activation now instead of after Orleans' collection age.</summary>
    public Task CollectIdleActivationsAsync() => _management.ForceActivationCollection(TimeSpan.Zero);

    /// <summary>A full garbage collection in every silo, so the resident memory read next holds what is live.</summary>
    public async Task CollectGarbageAsync()
    {
        var hosts = await _management.GetHosts(onlyActive: true);
        await _management.ForceGarbageCollection([.. hosts.Keys]);
    }

    /// <summary>Activations of Kitty's user grain across the cluster.</summary>
    public async Task<long> UserGrainActivationsAsync()
    {
        var statistics = await _management.GetSimpleGrainStatistics();
        return statistics.Where(s => IsUserGrain(s.GrainType)).Sum(s => (long)s.ActivationCount);
    }

    private static bool IsUserGrain(string grainType) =>
        grainType.Contains(typeof(Kitty.Grains.Users.UserGrain).FullName!, StringComparison.Ordinal);
}
