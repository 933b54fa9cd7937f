namespace Kitty.Grains.Functions.Context;

/// <summary>What every context API method needs: the grains and the application they belong to.</summary>
internal sealed record ContextCalls(IGrainFactory Grains, long ApplicationId)
{
    public T Grain<T>(long key) where T : IGrainWithIntegerKey => Grains.GetGrain<T>(key);

    public T Directory<T>() where T : IGrainWithIntegerKey => Grains.GetGrain<T>(ApplicationId);
}
