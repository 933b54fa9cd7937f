namespace Kitty.Grains.Hosting;

/// <summary>The name of the grain storage provider every Kitty grain keeps its state in.</summary>
public static class KittyStorage
{
    public const string Name = "kitty";
}
