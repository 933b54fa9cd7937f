using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Kitty.Server.Hosting;

/// <summary>
/// Loads the configuration profile <c>silo-config/{profile}.json</c> beneath every other source, so that
/// environment variables and the command line still override it. The profile is named by
/// <c>--profile NAME</c>, <c>Kitty:Profile</c> or the environment variable <c>KITTY_PROFILE</c>.
/// </summary>
public static class ProfileConfiguration
{
    public static string[] TranslateProfileSwitch(string[] args)
    {
        var translated = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--profile" && i + 1 < args.Length)
                translated.Add($"--Kitty:Profile={args[++i]}");
            else if (args[i].StartsWith("--profile=", StringComparison.Ordinal))
                translated.Add($"--Kitty:Profile={args[i]["--profile=".Length..]}");
            else
                translated.Add(args[i]);
        }

        return [.. translated];
    }

    public static string AddProfile(ConfigurationManager configuration)
    {
        var profile = configuration["Kitty:Profile"] ?? Environment.GetEnvironmentVariable("KITTY_PROFILE") ?? "embedded";
        var directory = Path.Combine(AppContext.BaseDirectory, "silo-config");
        var file = $"{profile}.json";
        if (!File.Exists(Path.Combine(directory, file)))
            throw new NodeConfigurationException($"Unknown profile '{profile}': there is no {Path.Combine(directory, file)}.");
        var source = new JsonConfigurationSource { Path = file, Optional = false, FileProvider = new PhysicalFileProvider(directory) };
        configuration.Sources.Insert(0, source);
        configuration["Kitty:Profile"] ??= profile;
        return profile;
    }
}
