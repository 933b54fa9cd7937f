using System.Globalization;

namespace Kitty.LoadTests.Servers;

/// <summary>
/// A process's CPU time and memory read from Linux's /proc, so the report can say what the server itself used even
/// when the load generator shares the machine. Elsewhere (no /proc) every reading is zero.
/// </summary>
internal readonly record struct ProcessUsage(TimeSpan CpuTime, long ResidentBytes, long PeakResidentBytes)
{
    // utime and stime are in clock ticks; Linux's USER_HZ is 100 on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static ProcessUsage Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) * 1024;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) * 1024;
            }

            return new ProcessUsage(TimeSpan.FromSeconds(ticks / TicksPerSecond), rss, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return default;
        }
    }

    /// <summary>Average cores busy between two readings taken <paramref name="wall"/> apart.</summary>
    public static double CoresBusy(ProcessUsage before, ProcessUsage after, TimeSpan wall) =>
        (after.CpuTime - before.CpuTime).TotalSeconds / Math.Max(wall.TotalSeconds, 1e-9);

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
