namespace Kitty.LoadTests;

/// <summary>Nearest-rank percentiles of a sample.</summary>
internal sealed class Percentiles(IEnumerable<double> sample)
{
    private readonly double[] _sorted = [.. sample.Order()];

    public int Count => _sorted.Length;

    public double At(double percent) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
