namespace Kitty.LoadTests.Report;

/// <summary>Splits a suite run's records into measurements: same scenario and same parameters = repetitions.</summary>
internal static class RunGroups
{
    /// <summary>The groups in the order the suite first ran them.</summary>
    public static IReadOnlyList<RunGroup> Of(IEnumerable<RunRecord> records) =>
        [.. records
            .GroupBy(r => RunGroup.KeyOf(r.Scenario, r.Parameters))
            .Select(g => new RunGroup(g.First().Scenario, g.First().Parameters, [.. g]))];

    /// <summary>Parameters every group has with the same value: said once above the tables instead of in every row.</summary>
    public static IReadOnlyDictionary<string, string> Common(IReadOnlyList<RunGroup> groups)
    {
        if (groups.Count == 0) return new Dictionary<string, string>();
        return groups[0].Parameters
            .Where(p => groups.All(g => g.Parameters.TryGetValue(p.Key, out var v) && v == p.Value))
            .ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>The group's parameters that tell it apart, as <c>name=value</c> words.</summary>
    public static string Label(RunGroup group, IReadOnlyDictionary<string, string> common) =>
        string.Join(" ", group.Parameters.Where(p => !common.ContainsKey(p.Key)).Select(p => p.Key + "=" + p.Value));
}
