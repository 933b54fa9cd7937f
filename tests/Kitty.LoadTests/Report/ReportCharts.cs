using System.Globalization;
using ScottPlot;

namespace Kitty.LoadTests.Report;

/// <summary>The report's PNG charts, drawn with ScottPlot (SkiaSharp with its own Linux native library).</summary>
internal static class ReportCharts
{
    public const int Width = 960, Height = 560;

    // A latency of 0 (or below the clock's resolution) has no logarithm; it is drawn at 10 µs.
    private const double MinMs = 0.01;

    // One colour per target, the same in every chart; baselines after Kitty as in the tables.
    private static readonly Color[] Palette = [Colors.Crimson, Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.SlateGray, Colors.Purple];

    /// <summary>
    /// p50 (dashed, open markers) and p99 (solid) latency against the offered load, one pair of lines per target, both axes
    /// logarithmic: a sweep doubles its load each step, and latency spans milliseconds to seconds once a target
    /// saturates, while equal ratios between targets stay equal distances. The load is the rate asked for; the tables'
    /// sendsPerSecond says whether the senders kept up with it.
    /// </summary>
    public static void LatencyAgainstLoad(LoadSweep sweep, IReadOnlyList<string> allTargets, string file, string title)
    {
        var plot = new Plot();
        foreach (var target in sweep.Targets)
        {
            var color = ColorOf(target, allTargets);
            AddLine(plot, sweep.Series(target, "p99Ms"), color, LinePattern.Solid, MarkerShape.FilledCircle, $"{target} p99");
            AddLine(plot, sweep.Series(target, "p50Ms"), color, LinePattern.Dashed, MarkerShape.OpenCircle, $"{target} p50");
        }

        plot.Title(title);
        plot.XLabel($"offered load ({sweep.Parameter}, msg/s, log scale)");
        plot.YLabel("latency send → receive (ms, log scale)");
        double[] loads = [.. sweep.Points.Select(p => p.Load).Distinct()];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. loads.Select(Math.Log10)], [.. loads.Select(Number)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Number(Math.Pow(10, y)),
        };
        plot.ShowLegend(Edge.Right);
        plot.SavePng(file, Width, Height);
    }

    /// <summary>Median of <paramref name="metric"/> per measurement, one bar per target, whiskers from min to max.</summary>
    public static void Bars(IReadOnlyList<(string Label, RunGroup Group)> categories, IReadOnlyList<string> targets, string metric, string file, string title)
    {
        var plot = new Plot();
        var slot = 1.0 / (targets.Count + 1);
        for (var t = 0; t < targets.Count; t++)
        {
            var color = ColorOf(targets[t], targets);
            for (var c = 0; c < categories.Count; c++)
            {
                if (categories[c].Group.Summary(targets[t], metric) is not { } summary) continue;
                var x = c + (t - (targets.Count - 1) / 2.0) * slot;
                plot.Add.Bar(new Bar { Position = x, Value = summary.Median, Size = slot * 0.9, FillColor = color, LineWidth = 0 });
                var whisker = plot.Add.Line(x, summary.Min, x, summary.Max);
                whisker.LineColor = Colors.Black;
                whisker.LineWidth = 1.5f;
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = targets[t], FillColor = color });
        }

        plot.Title(title);
        plot.YLabel(metric + " (median; whiskers min–max)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, categories.Count).Select(c => (double)c)], [.. categories.Select(c => c.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        FromZero(plot);
        plot.ShowLegend(Edge.Right);
        plot.SavePng(file, Width, Height);
    }

    private static void AddLine(Plot plot, IReadOnlyList<(double Load, MetricSummary Summary)> series, Color color, LinePattern pattern, MarkerShape marker, string label)
    {
        if (series.Count == 0) return;
        // Logarithms: ScottPlot's axes are linear, the tick labels turn them back into loads and milliseconds.
        var line = plot.Add.Scatter(
            series.Select(p => Math.Log10(p.Load)).ToArray(),
            series.Select(p => Math.Log10(Math.Max(p.Summary.Median, MinMs))).ToArray());
        line.Color = color;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        // The legend's sample line is too short to show the dashes: the marker tells p50 from p99 there.
        line.MarkerShape = marker;
        line.LegendText = label;
    }

    // Latency and throughput read wrong from a y axis that does not start at zero.
    private static void FromZero(Plot plot)
    {
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(0, Math.Max(limits.Top, 1));
    }

    private static Color ColorOf(string target, IReadOnlyList<string> targets) => Palette[Math.Max(0, targets.ToList().IndexOf(target)) % Palette.Length];

    private static string Number(double value) => value.ToString(value < 1 ? "0.###" : "#,0.##", CultureInfo.InvariantCulture);
}
