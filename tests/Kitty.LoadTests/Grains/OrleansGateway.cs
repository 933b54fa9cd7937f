using System.Globalization;

namespace Kitty.LoadTests.Grains;

/// <summary>Where an Orleans client finds a lone node: its gateway port on loopback and the cluster it belongs to.</summary>
internal sealed record OrleansGateway(int Port, string ClusterId, string ServiceId)
{
    /// <summary>How <c>serve</c> prints it: <c>PORT CLUSTER SERVICE</c> (Orleans ids hold no spaces).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Port} {ClusterId} {ServiceId}");

    public static OrleansGateway Parse(string text)
    {
        var parts = text.Trim().Split(' ');
        return parts.Length == 3
            ? new OrleansGateway(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2])
            : throw new FormatException($"Not an Orleans gateway: '{text}'");
    }
}
