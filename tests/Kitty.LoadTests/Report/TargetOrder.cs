namespace Kitty.LoadTests.Report;

/// <summary>Kitty, then its baselines, then whatever else a scenario ran against, so every table reads the same way.</summary>
internal static class TargetOrder
{
    public const string Reference = "kitty";

    public static IReadOnlyList<string> Baselines { get; } = ["signalr", "socketio"];

    public static IReadOnlyList<string> Sort(IEnumerable<string> targets) =>
        [.. targets.Distinct().OrderBy(Rank).ThenBy(t => t, StringComparer.Ordinal)];

    private static int Rank(string target) => target == Reference ? 0 : Baselines.Contains(target) ? 1 + Baselines.ToList().IndexOf(target) : 99;
}
