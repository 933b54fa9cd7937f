using Kitty.Abstractions.Naming;
using Kitty.Grains.Hosting;

namespace Kitty.Grains.Naming;

public sealed class UniqueNameGrain(
    [PersistentState("unique-name", KittyStorage.Name)] IPersistentState<UniqueNameState> name)
    : Grain, IUniqueNameGrain
{
    public async Task<long> Claim(long ownerId)
    {
        if (name.State.OwnerId is { } owner) return owner;
        name.State.OwnerId = ownerId;
        await name.WriteStateAsync();
        return ownerId;
    }

    public Task<long?> GetOwner() => Task.FromResult(name.State.OwnerId);

    public async Task Release(long ownerId)
    {
        if (name.State.OwnerId != ownerId) return;
        await name.ClearStateAsync();
        name.State.OwnerId = null;
    }
}
