namespace Kitty.Server.Hosting;

/// <summary>
/// The credentials of the default application (section <c>Kitty:DefaultApplication</c>). Any left out
/// are generated on the first start and kept in the data directory, so they stay the same afterwards.
/// </summary>
public sealed class DefaultApplicationOptions
{
    public const string Section = "Kitty:DefaultApplication";

    public string? ApiKey { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
}
