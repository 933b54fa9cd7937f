using System.Diagnostics;

namespace Kitty.LoadTests.Targets;

/// <summary>
/// tests/Kitty.Baselines.SocketIO's server.js as a child process on a free port. All three streams are
/// redirected: the child never holds a pipe our own caller waits on, and closing its stdin stops it.
/// </summary>
internal sealed class NodeSocketIOServer : IAsyncDisposable
{
    private readonly Process _process;

    private NodeSocketIOServer(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The server's folder, found from the load generator's build output up to the repository's tests/.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Kitty.Baselines.SocketIO");
            if (File.Exists(Path.Combine(candidate, "server.js"))) return candidate;
        }

        throw new DirectoryNotFoundException("tests/Kitty.Baselines.SocketIO not found above " + AppContext.BaseDirectory);
    }

    public static async Task<NodeSocketIOServer> StartAsync(TimeSpan timeout)
    {
        var folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")))
            throw new InvalidOperationException($"Run `npm ci` in {folder} first: socket.io is not installed.");
        var start = new ProcessStartInfo("node", "server.js --port 0")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                const string prefix = "Listening on ";
                if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
                // Keep draining stdout so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new NodeSocketIOServer(process, new Uri(new Uri(line[prefix.Length..]), "/"));
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what the server said.
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The Socket.IO server did not start: {await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
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
