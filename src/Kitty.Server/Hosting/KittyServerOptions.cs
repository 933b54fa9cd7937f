namespace Kitty.Server.Hosting;

/// <summary>The node's own settings (section <c>Kitty</c>).</summary>
public sealed class KittyServerOptions
{
    public const string Section = "Kitty";

    /// <summary>The configuration profile: a file <c>silo-config/{Profile}.json</c>.</summary>
    public string Profile { get; set; } = "embedded";

    /// <summary>Where the embedded store keeps its files.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>This node's number within its cluster (0..31); it keeps generated ids apart.</summary>
    public int NodeId { get; set; }

    /// <summary>What this node hosts, comma-separated: <c>chat</c>, <c>functions</c> (both by default).</summary>
    public string Roles { get; set; } = "chat,functions";

    public IReadOnlyList<string> RoleList =>
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
