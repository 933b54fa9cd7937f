using System.ComponentModel;
using System.Diagnostics;

namespace Kitty.Functions.Packages;

/// <summary>Runs npm without blocking a thread: output read asynchronously, the whole tree killed at the timeout.</summary>
internal static class NpmProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string npm, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["npm_config_update_notifier"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PackageInstallException(PackageInstallFailure.NpmMissing, NpmMissing);
        }
        catch (Win32Exception)
        {
            throw new PackageInstallException(PackageInstallFailure.NpmMissing, NpmMissing);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PackageInstallException(PackageInstallFailure.TimedOut,
                    $"npm did not install the dependencies within {timeout.TotalSeconds:0} s.");
            }

            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private const string NpmMissing = "Dependencies cannot be installed: npm is not available on this server.";
}
