using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Kitty.Functions.Fetch;

/// <summary>
/// Keeps fetch away from link-local networks, where cloud metadata services hand out the node's credentials, and,
/// unless the node allows them, from loopback and private networks (the node itself, its database, its neighbours).
/// Checked on the addresses actually connected to (every redirect included), so a DNS name pointing there is refused
/// too.
/// </summary>
internal sealed class FetchAddressGuard(bool allowPrivateNetworks)
{
    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>Why <paramref name="address"/> may not be reached, or null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IsLinkLocal(address)) return "a link-local or cloud metadata address";
        if (!allowPrivateNetworks && IsPrivate(address)) return "a loopback or private network address";
        return null;
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => Refusal(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            throw new FetchRefusedException(
                $"'{host}' is {Refusal(addresses[0]) ?? "not reachable"}, which chat functions may not reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsLinkLocal(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return bytes[0] == 169 && bytes[1] == 254;
        }

        return address.IsIPv6LinkLocal || address.Equals(AwsMetadataV6);
    }

    // Loopback, unspecified, RFC 1918, carrier-grade NAT (RFC 6598), and IPv6 unique-local (fc00::/7).
    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 10
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || b[0] == 0;
        }

        return (address.GetAddressBytes()[0] & 0xFE) == 0xFC;
    }
}
