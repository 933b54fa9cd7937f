using System.Diagnostics;
using System.Globalization;
using Kitty.LoadTests.Grains;

namespace Kitty.LoadTests.Servers;

/// <summary>
/// A target's server as a child process that prints <c>Listening on URL</c> when ready, optionally pinned to cores.
/// All three streams are redirected: the child never holds a pipe our own caller waits on, and closing its standard
/// input stops it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private ServerProcess(Process process, Uri url, Task<string> errors, OrleansGateway? gateway, long? applicationId)
    {
        _process = process;
        Url = url;
        _errors = errors;
        Gateway = gateway;
        ApplicationId = applicationId;
    }

    public Uri Url { get; }

    /// <summary>A Kitty server's Orleans gateway on loopback; null for the other servers.</summary>
    public OrleansGateway? Gateway { get; }

    /// <summary>A Kitty server's default application id; null for the other servers.</summary>
    public long? ApplicationId { get; }

    public int Pid => _process.Id;

    /// <summary>The load generator's own build in <c>serve</c> mode: Kitty or the bare SignalR hub.</summary>
    public static Task<ServerProcess> StartServeAsync(string target, string? cpus)
    {
        var self = typeof(ServerProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { self, "serve", "--target", target } };
        return StartAsync(start, target, cpus, TimeSpan.FromSeconds(60));
    }

    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, string name, string? cpus, TimeSpan timeout)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(cpus is null ? start : CpuSet.Pinned(start, cpus)) ?? throw new InvalidOperationException($"{name} did not start");
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        OrleansGateway? gateway = null;
        long? applicationId = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.StartsWith(ServeCommand.GatewayPrefix, StringComparison.Ordinal))
                    gateway = OrleansGateway.Parse(line[ServeCommand.GatewayPrefix.Length..]);
                if (line.StartsWith(ServeCommand.ApplicationPrefix, StringComparison.Ordinal))
                    applicationId = long.Parse(line[ServeCommand.ApplicationPrefix.Length..], CultureInfo.InvariantCulture);
                var at = line.IndexOf(ServeCommand.ListeningPrefix, StringComparison.Ordinal);
                if (at < 0) continue;
                // Keep draining stdout so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServerProcess(process, new Uri(line[(at + ServeCommand.ListeningPrefix.Length)..].Trim()), errors, gateway, applicationId);
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what the server said.
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The {name} server did not start: {await errors}");
    }

    public ProcessUsage Usage() => ProcessUsage.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited)
        {
            // It went before we stopped it (e.g. out of file descriptors): say how, or the run's failure has no cause.
            var said = await _errors;
            Console.Error.WriteLine($"The server process exited by itself with code {_process.ExitCode}: {said[Math.Max(0, said.Length - 4000)..]}");
        }

        _process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
