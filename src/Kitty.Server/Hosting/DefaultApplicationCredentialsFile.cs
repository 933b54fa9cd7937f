using System.Security.Cryptography;
using System.Text.Json;
using Kitty.Abstractions.Applications;

namespace Kitty.Server.Hosting;

/// <summary>
/// Completes the configured credentials of the default application: values left out of configuration are
/// generated once and kept in <c>default-application.json</c> of the data directory (readable by the
/// owner only), because the store keeps only a hash of the secret and the banner must show it again.
/// </summary>
public static class DefaultApplicationCredentialsFile
{
    private const string FileName = "default-application.json";

    public static ApplicationCredentials Resolve(DefaultApplicationOptions configured, string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var saved = File.Exists(path) ? JsonSerializer.Deserialize<DefaultApplicationOptions>(File.ReadAllText(path)) : null;
        var credentials = new ApplicationCredentials(
            configured.ApiKey ?? saved?.ApiKey ?? $"kitty-key-{Guid.NewGuid()}",
            configured.ClientId ?? saved?.ClientId ?? Guid.NewGuid().ToString(),
            configured.ClientSecret ?? saved?.ClientSecret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
        if (saved?.ApiKey != credentials.ApiKey || saved.ClientId != credentials.ClientId || saved.ClientSecret != credentials.ClientSecret)
            Save(path, credentials);
        return credentials;
    }

    private static void Save(string path, ApplicationCredentials credentials)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = JsonSerializer.Serialize(new DefaultApplicationOptions
        {
            ApiKey = credentials.ApiKey,
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
        });
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(json);
    }
}
