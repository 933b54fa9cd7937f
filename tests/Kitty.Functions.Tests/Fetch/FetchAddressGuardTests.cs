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
        Assert.Equal(refused, FetchAddressGuard.IsRefused(IPAddress.Parse(address)));
}
