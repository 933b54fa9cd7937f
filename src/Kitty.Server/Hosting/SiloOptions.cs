namespace Kitty.Server.Hosting;

/// <summary>How the embedded silo listens (section <c>Kitty:Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string Section = "Kitty:Silo";

    public string ClusterId { get; set; } = "kitty";
    public string ServiceId { get; set; } = "kitty";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
}
