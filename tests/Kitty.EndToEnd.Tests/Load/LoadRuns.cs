using Kitty.LoadTests;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>Runs a load scenario as its command line would, in this process, and reads back the runs it recorded.</summary>
internal static class LoadRuns
{
    public static async Task<IReadOnlyList<RunRecord>> RunAsync(Func<LoadOptions, Task<bool>> scenario, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kitty-load-{Guid.NewGuid():N}.jsonl");
        try
        {
            var passed = await scenario(LoadOptions.Parse([.. args, "--json", file]));
            var runs = RunRecord.ReadAll(file).ToList();
            Assert.All(runs, run => Assert.True(run.Passed, $"{run.Scenario} {string.Join(' ', run.Parameters)} failed its checks: {string.Join(' ', run.Metrics)}"));
            Assert.True(passed);
            return runs;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
