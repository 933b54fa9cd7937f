using System.Globalization;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// A process's file descriptors from /proc: every connection costs one on each side, so RLIMIT_NOFILE (ulimit -n)
/// caps how many one process can hold. Zero where there is no /proc.
/// </summary>
internal static class OpenFiles
{
    /// <summary>The soft limit on open files (what ulimit -n set for the process).</summary>
    public static long Limit(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return soft is null ? 0 : soft == "unlimited" ? long.MaxValue : long.Parse(soft, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    public static int Count(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Count();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
