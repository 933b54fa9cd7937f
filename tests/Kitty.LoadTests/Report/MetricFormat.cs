using System.Globalization;

namespace Kitty.LoadTests.Report;

/// <summary>Numbers as the report prints them: enough digits to compare, not more than the noise between runs.</summary>
internal static class MetricFormat
{
    public static string Number(double value) => Math.Abs(value) switch
    {
        >= 1000 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        0 => "0",
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    /// <summary><c>median [min–max]</c>, or just the value when every repetition gave it (or there was one).</summary>
    public static string Summary(MetricSummary? summary) => summary switch
    {
        null => "–",
        { } s when Number(s.Min) == Number(s.Max) => Number(s.Median),
        { } s => $"{Number(s.Median)} [{Number(s.Min)}–{Number(s.Max)}]",
    };

    public static string Ratio(double? ratio) =>
        ratio is { } r ? r.ToString(r >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture) + "×" : "–";
}
