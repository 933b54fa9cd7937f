namespace Kitty.LoadTests;

/// <summary>Scenarios measured once per channel count (<c>--channels 1,1000</c>).</summary>
internal static class ChannelCounts
{
    /// <summary>Runs every count, even after one failed; true when all passed.</summary>
    public static async Task<bool> RunEachAsync(IEnumerable<int> counts, Func<int, Task<bool>> run)
    {
        var ok = true;
        foreach (var count in counts) ok &= await run(count);
        return ok;
    }
}
