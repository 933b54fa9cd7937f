using Kitty.Client.Wire;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.Client.Tests.Unit;

public sealed class HubErrorsTests
{
    [Fact]
    public void FromHubException_AsTheSignalRClientReportsIt_NamesTheError()
    {
        var error = HubErrors.FromHubException(new HubException(
            "An unexpected error occurred invoking 'SendMessage' on the server. HubException: NotAChannelMemberError: You are not a member of channel 42"));

        Assert.Equal("NotAChannelMemberError", error.ErrorName);
        Assert.Equal("You are not a member of channel 42", error.Message);
        Assert.Null(error.CoolOffDuration);
        Assert.False(error.IsRateLimited);
    }

    [Fact]
    public void Parse_BareNameAndMessage_NamesTheError()
    {
        var error = HubErrors.Parse("ValidationError: 'body' is too long: more than 10,000 characters");

        Assert.Equal(KittyErrorNames.ValidationError, error.ErrorName);
        Assert.Equal("'body' is too long: more than 10,000 characters", error.Message);
    }

    [Theory]
    [InlineData("Too many messages; retry later coolOffDuration=PT3S", 3)]
    [InlineData("Too many calls; retry in PT1M30S", 90)]
    [InlineData("Too many keystrokes; retry after 2 seconds", 2)]
    [InlineData("Slow down, retry after 250ms", 0.25)]
    public void Parse_RateLimited_ReadsTheCoolOff(string text, double seconds)
    {
        var error = HubErrors.Parse($"An unexpected error occurred invoking 'SendMessage' on the server. HubException: RateLimitedError: {text}");

        Assert.True(error.IsRateLimited);
        Assert.Equal(TimeSpan.FromSeconds(seconds), error.CoolOffDuration);
    }

    [Fact]
    public void Parse_RateLimitedWithoutDuration_HasNoCoolOff()
    {
        Assert.Null(HubErrors.Parse("RateLimitedError: slow down").CoolOffDuration);
    }

    [Fact]
    public void Parse_TextWithoutAnErrorName_IsUnknownError()
    {
        var error = HubErrors.Parse("An unexpected error occurred invoking 'Nope' on the server.");

        Assert.Equal(KittyErrorNames.UnknownError, error.ErrorName);
    }
}
