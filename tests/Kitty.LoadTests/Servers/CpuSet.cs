using System.Diagnostics;
using System.Globalization;

namespace Kitty.LoadTests.Servers;

/// <summary>A list of cores such as <c>0</c> or <c>0,1</c> or <c>0-3</c>, as taskset takes them, turned into an affinity mask.</summary>
internal static class CpuSet
{
    /// <summary>
    /// The same command under <c>taskset</c>: pinned from its first instruction, so every thread it ever starts inherits
    /// the cores (setting a running process's affinity on Linux moves only its main thread).
    /// </summary>
    public static ProcessStartInfo Pinned(ProcessStartInfo start, string cpus)
    {
        Mask(cpus);
        var pinned = new ProcessStartInfo("taskset")
        {
            WorkingDirectory = start.WorkingDirectory,
            RedirectStandardInput = start.RedirectStandardInput,
            RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError,
        };
        pinned.ArgumentList.Add("-c");
        pinned.ArgumentList.Add(cpus);
        pinned.ArgumentList.Add(start.FileName);
        if (start.ArgumentList.Count > 0)
        {
            foreach (var argument in start.ArgumentList) pinned.ArgumentList.Add(argument);
        }
        else
        {
            foreach (var argument in start.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)) pinned.ArgumentList.Add(argument);
        }

        return pinned;
    }

    /// <summary>
    /// The machine's cores, not this process's: Environment.ProcessorCount counts only the cores a pinned load generator
    /// (<c>taskset -c 0 dotnet …</c>) may use, and the server goes on another.
    /// </summary>
    private static int MachineCores { get; } = ReadMachineCores();

    public static nint Mask(string cpus)
    {
        long mask = 0;
        foreach (var part in cpus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            var first = int.Parse(range[0], CultureInfo.InvariantCulture);
            var last = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
            if (first < 0 || last < first || last >= MachineCores)
                throw new ArgumentException($"CPU list '{cpus}' names cores this machine (0-{MachineCores - 1}) does not have");
            for (var cpu = first; cpu <= last; cpu++) mask |= 1L << cpu;
        }

        return mask == 0 ? throw new ArgumentException($"CPU list '{cpus}' is empty") : (nint)mask;
    }

    private static int ReadMachineCores()
    {
        try
        {
            // "0-1" or "0,2-3": the highest core named, plus one.
            var present = File.ReadAllText("/sys/devices/system/cpu/present").Trim();
            return present.Split(',', '-').Max(c => int.Parse(c, CultureInfo.InvariantCulture)) + 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return Environment.ProcessorCount;
        }
    }
}
