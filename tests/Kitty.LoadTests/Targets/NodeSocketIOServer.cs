using System.Diagnostics;
using Kitty.LoadTests.Servers;

namespace Kitty.LoadTests.Targets;

/// <summary>tests/Kitty.Baselines.SocketIO's server.js as a child process on a free port.</summary>
internal static class NodeSocketIOServer
{
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

    public static async Task<ServerProcess> StartAsync(TimeSpan timeout, string? cpus = null)
    {
        var folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "socket.io")))
            throw new InvalidOperationException($"Run `npm ci` in {folder} first: socket.io is not installed.");
        var start = new ProcessStartInfo("node", "server.js --port 0") { WorkingDirectory = folder };
        return await ServerProcess.StartAsync(start, "Socket.IO", cpus, timeout);
    }
}
