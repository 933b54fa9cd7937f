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

    /// <summary>How long a session token issued by <c>POST /rtm/sessions</c> stays valid; a connection is closed when it expires.</summary>
    public TimeSpan SessionTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The public base URL of this node (e.g. <c>https://chat.example.com</c>), used to make hosted-file URLs in
    /// realtime events absolute; when empty, the server's first listening address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Messages a realtime connection may send per second (token bucket, burst of twice the rate).</summary>
    public double MessagesPerSecond { get; set; } = 10;

    /// <summary>Keystrokes a realtime connection may send per second.</summary>
    public double KeystrokesPerSecond { get; set; } = 20;

    /// <summary>Other hub calls a realtime connection may make per second.</summary>
    public double CallsPerSecond { get; set; } = 50;
}
