using System.Net;
using System.Net.Sockets;

namespace ClaimTracker.Core.Importing;

/// <summary>
/// Which IP addresses a URL import may connect to. By default only public unicast addresses: never loopback,
/// private (RFC 1918, carrier-grade NAT), link-local (cloud metadata at 169.254.169.254), unique-local, multicast,
/// unspecified, documentation or reserved ranges, and never an IPv6 address that embeds one of those.
/// </summary>
public static class AddressGuard
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => b switch
    {
        [0, ..] => false,                                  // "this network", 0.0.0.0
        [10, ..] => false,                                 // private
        [100, >= 64 and <= 127, ..] => false,              // carrier-grade NAT
        [127, ..] => false,                                // loopback
        [169, 254, ..] => false,                           // link-local, cloud metadata
        [172, >= 16 and <= 31, ..] => false,               // private
        [192, 0, 0, _] => false,                           // IETF protocol assignments
        [192, 0, 2, _] => false,                           // documentation
        [192, 88, 99, _] => false,                         // 6to4 relay anycast
        [192, 168, ..] => false,                           // private
        [198, 18 or 19, ..] => false,                      // benchmarking
        [198, 51, 100, _] => false,                        // documentation
        [203, 0, 113, _] => false,                         // documentation
        [>= 224, ..] => false,                             // multicast, reserved, broadcast
        _ => true,
    };

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return b switch
        {
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => false,                           // IPv4-compatible (deprecated)
            [0, 0x64, 0xff, 0x9b, ..] => IsPublicV4(b[12..]),                            // NAT64: judge the IPv4 inside
            [0x20, 0x01, 0x0d, 0xb8, ..] => false,                                       // documentation
            [0x20, 0x01, 0, 0, ..] => false,                                             // Teredo tunnels to any IPv4
            [0x20, 0x02, ..] => IsPublicV4(b[2..6]),                                     // 6to4: judge the IPv4 inside
            [0x01, 0, 0, 0, 0, 0, 0, 0, ..] => false,                                    // discard-only
            _ => true,
        };
    }
}

/// <summary>Thrown from the connect step when every address a host resolves to is off limits.</summary>
public sealed class BlockedAddressException(string host, IReadOnlyList<IPAddress> addresses)
    : IOException($"{host} resolves to {string.Join(", ", addresses)}, an internal address.")
{
    public string Host { get; } = host;
}
