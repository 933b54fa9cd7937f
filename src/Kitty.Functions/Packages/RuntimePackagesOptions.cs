namespace Kitty.Functions.Packages;

/// <summary>Where and how the npm dependencies of chat runtimes are installed (section <c>Kitty:Runtimes</c>).</summary>
public sealed class RuntimePackagesOptions
{
    /// <summary>The folder holding one folder per application and dependency set; defaults to <c>{data dir}/runtimes</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>The npm executable, looked up on PATH unless it is a path.</summary>
    public string NpmCommand { get; set; } = "npm";

    /// <summary>
    /// The only registry tenant installs use. npm runs with an empty user and global configuration, so credentials or
    /// registries in the host's <c>.npmrc</c> never serve a tenant's install.
    /// </summary>
    public Uri Registry { get; set; } = new("https://registry.npmjs.org/");

    /// <summary>The longest install timeout: the runtime grain answers a dependencies save within 150 s.</summary>
    public static readonly TimeSpan MaxInstallTimeout = TimeSpan.FromMinutes(2);

    /// <summary>How long one <c>npm install</c> may take before it is killed and the save refused.</summary>
    public TimeSpan InstallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw new ArgumentOutOfRangeException(nameof(Directory), "The runtimes directory is required.");
        }

        if (string.IsNullOrWhiteSpace(NpmCommand))
        {
            throw new ArgumentOutOfRangeException(nameof(NpmCommand), "The npm command is required.");
        }

        if (!Registry.IsAbsoluteUri || (Registry.Scheme != Uri.UriSchemeHttps && Registry.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentOutOfRangeException(nameof(Registry), "The registry must be an absolute http(s) URL.");
        }

        if (InstallTimeout <= TimeSpan.Zero || InstallTimeout > MaxInstallTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(InstallTimeout), $"The install timeout must be positive and at most {MaxInstallTimeout}.");
        }
    }
}
