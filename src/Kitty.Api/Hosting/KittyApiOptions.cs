namespace Kitty.Api.Hosting;

/// <summary>Settings of the Platform REST API, bound from the <c>Kitty:Api</c> configuration section.</summary>
public sealed class KittyApiOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Kitty:Api";

    /// <summary>How long an access token issued by <c>POST /oauth/token</c> stays valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The largest request body accepted; larger ones are refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;
}
