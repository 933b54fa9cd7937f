namespace Kitty.Grains.Ids;

/// <summary>Hands out 64-bit ids unique across the deployment and increasing with time.</summary>
public interface IIdGenerator
{
    long NextId();
}
