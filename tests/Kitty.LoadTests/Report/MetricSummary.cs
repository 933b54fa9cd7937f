namespace Kitty.LoadTests.Report;

/// <summary>One metric over the repetitions of a measurement: the median is what the report compares, min and max show the spread.</summary>
internal readonly record struct MetricSummary(double Median, double Min, double Max, int Count)
{
    /// <summary>The summary of the finite values, or null when there are none (NaN is how a run says "not measured").</summary>
    public static MetricSummary? Of(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Where(double.IsFinite).Order()];
        if (sorted.Length == 0) return null;
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new MetricSummary(median, sorted[0], sorted[^1], sorted.Length);
    }
}
