namespace Kitty.Api.Hal;

/// <summary>A resource's <c>_links</c> object, built relation by relation.</summary>
internal sealed class HalLinks : Dictionary<string, Link>
{
    public HalLinks Add(string relation, ApiLinks links, string path)
    {
        this[relation] = links.To(path);
        return this;
    }
}
