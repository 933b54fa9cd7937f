using System.Diagnostics;
using System.Reflection;

namespace Kitty.EndToEnd.Tests;

/// <summary>Runs node and npm for the tests that prove Kitty works with JavaScript clients.</summary>
public static class NodeTool
{
    public static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string tool, string arguments, string workingDirectory, IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {arguments} did not finish in time.\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A folder of this test project's sources, recorded at build time.</summary>
    public static string SourceFolder(string key) =>
        typeof(NodeTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Installs the locked npm packages of a folder unless they are there already.</summary>
    public static async Task EnsurePackagesAsync(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules"))) return;
        var (exitCode, output) = await RunAsync("npm", "ci --no-audit --no-fund", folder);
        if (exitCode != 0) throw new InvalidOperationException($"npm ci failed in {folder}:\n{output}");
    }
}
