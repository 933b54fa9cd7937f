namespace Kitty.Grains.Naming;

[GenerateSerializer, Alias("kitty.state.unique-name")]
public sealed class UniqueNameState
{
    [Id(0)] public long? OwnerId { get; set; }
}
