namespace Kitty.Grains.Applications;

[GenerateSerializer, Alias("kitty.state.deployment")]
public sealed class DeploymentState
{
    [Id(0)] public byte[]? TokenSigningKey { get; set; }
    [Id(1)] public long? DefaultApplicationId { get; set; }
}
