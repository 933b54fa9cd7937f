using System.Net;
using Kitty.Functions.Fetch;

namespace Kitty.Functions.Tests.Fetch;

public sealed class FetchAddressGuardTests
{
    [Theory]
    [InlineData("169.254.169.254", true)]
    [InlineData("169.254.0.1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("febf::1", true)]
    [InlineData("::ffff:169.254.169.254", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.255.0.1", false)]
    [InlineData("93.184.216.34", false)]
    [InlineData("fec0::1", false)]
    [InlineData("2001:db8::1", false)]
    public void LinkLocalAndMetadataAddresses_AreRefused_OthersAreNot(string address, bool refused) =>
        Assert.Equal(refused, new FetchAddressGuard(allowPrivateNetworks: true).Refusal(IPAddress.Parse(address)) is not null);

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("93.184.216.34", false)]
    [InlineData("2001:db8::1", false)]
    public void WithoutPrivateNetworks_LoopbackAndPrivateAddressesAreRefusedToo(string address, bool refused) =>
        Assert.Equal(refused, new FetchAddressGuard(allowPrivateNetworks: false).Refusal(IPAddress.Parse(address)) is not null);
}
