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

    public static nint Mask(string cpus)
    {
        long mask = 0;
        foreach (var part in cpus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            var first = int.Parse(range[0], CultureInfo.InvariantCulture);
            var last = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
            if (first < 0 || last < first || last >= Environment.ProcessorCount)
                throw new ArgumentException($"CPU list '{cpus}' names cores this machine (0-{Environment.ProcessorCount - 1}) does not have");
            for (var cpu = first; cpu <= last; cpu++) mask |= 1L << cpu;
        }

        return mask == 0 ? throw new ArgumentException($"CPU list '{cpus}' is empty") : (nint)mask;
    }
}
