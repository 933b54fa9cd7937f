using System.Diagnostics;

namespace Kitty.Testing.Cluster;

/// <summary>
/// One Kitty node as a real operating-system process (<c>dotnet Kitty.Server.dll</c>), its standard output and error
/// written line by line to a log file. Killing it is a real SIGKILL: no shutdown code of the node runs.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private bool _logClosed;

    private NodeProcess(int index, Uri url, int siloPort, Process process, string logPath)
    {
        Index = index;
        Url = url;
        SiloPort = siloPort;
        _process = process;
        LogPath = logPath;
        _log = new StreamWriter(logPath, append: false) { AutoFlush = true };
    }

    /// <summary>The node's place in its cluster, from 0; also its <c>Kitty:NodeId</c>.</summary>
    public int Index { get; }

    /// <summary>Where the node serves HTTP and the hub.</summary>
    public Uri Url { get; }

    /// <summary>The port of the node's silo, by which other nodes' logs name it.</summary>
    public int SiloPort { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet {serverDll} {arguments}</c> with the given environment on top of this process's.</summary>
    public static NodeProcess Start(
        int index, Uri url, int siloPort, string serverDll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(serverDll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) info.Environment[name] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var node = new NodeProcess(index, url, siloPort, process, logPath);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Ends the process at once with SIGKILL (on Windows, TerminateProcess) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The log so far, one line per entry when the node logs single-line.</summary>
    public IReadOnlyList<string> ReadLog()
    {
        lock (_logLock)
        {
            using var reader = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var text = new StreamReader(reader);
            var lines = new List<string>();
            while (text.ReadLine() is { } line) lines.Add(line);
            return lines;
        }
    }

    /// <summary>The last lines of the log, for a failure message.</summary>
    public string Tail(int lines = 40) => string.Join(Environment.NewLine, ReadLog().TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to end.
        }

        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_logLock)
        {
            if (!_logClosed) _log.WriteLine(line);
        }
    }
}
