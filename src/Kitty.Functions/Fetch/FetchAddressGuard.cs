using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Kitty.Functions.Fetch;

/// <summary>
/// Keeps fetch away from link-local networks, where cloud metadata services hand out the node's credentials. Checked
/// on the addresses actually connected to (every redirect included), so a DNS name pointing there is refused too.
/// </summary>
internal static class FetchAddressGuard
{
    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");

    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return bytes[0] == 169 && bytes[1] == 254;
        }

        return address.IsIPv6LinkLocal || address.Equals(AwsMetadataV6);
    }

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => !IsRefused(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new FetchRefusedException(
                $"'{host}' is a link-local or cloud metadata address, which chat functions may not reach.");
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
}
