using Kitty.Abstractions.Errors;
using Kitty.Api.Hal;
using Kitty.Api.Hosting;

namespace Kitty.Api.Tests.Hosting;

public sealed class HostingTests
{
    [Theory]
    [InlineData("application/hal+json", "application/hal+json; charset=utf-8")]
    [InlineData("application/vnd.hal+json", "application/hal+json; charset=utf-8")]
    [InlineData("application/json, text/plain, */*", "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/vnd.chatkitty+json,*/*;q=0.8", "application/json; charset=utf-8")]
    [InlineData(null, "application/json; charset=utf-8")]
    public void ContentType_FollowsTheAcceptHeader(string? accept, string contentType) =>
        Assert.Equal(contentType, HalMediaType.Select(accept));

    [Fact]
    public void Options_Defaults_AreValid()
    {
        var options = new KittyApiOptions();

        Assert.Equal(TimeSpan.FromHours(12), options.TokenLifetime);
        Assert.Equal(16 * 1024 * 1024, options.MaxRequestBodyBytes);
        Assert.True(new KittyApiOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Options_Nonsense_IsRefused()
    {
        var result = new KittyApiOptionsValidator().Validate(null, new KittyApiOptions { TokenLifetime = TimeSpan.Zero, MaxRequestBodyBytes = 0 });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public async Task LimitedReadStream_RefusesBytesOverTheLimit()
    {
        var stream = new LimitedReadStream(new MemoryStream(new byte[100]), 64);
        var buffer = new byte[200];

        var error = await Assert.ThrowsAsync<KittyException>(async () =>
        {
            while (await stream.ReadAsync(buffer) > 0)
            {
            }
        });

        Assert.Equal(KittyError.PayloadTooLargeError, error.Error);
    }

    [Fact]
    public async Task LimitedReadStream_PassesABodyWithinTheLimit()
    {
        var stream = new LimitedReadStream(new MemoryStream(new byte[64]), 64);

        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(64, copy.Length);
    }

    [Fact]
    public void ApiLinks_MakeServerPathsAbsolute()
    {
        var links = new ApiLinks("https://kitty.example/base/");

        Assert.Equal("https://kitty.example/base/v1/users/1", links.Href("/v1/users/1"));
        Assert.Equal("https://kitty.example/base/files/1", links.Absolute("/files/1"));
        Assert.Equal("//cdn.example/x", links.Absolute("//cdn.example/x"));
        Assert.Equal("https://cdn.example/x", links.Absolute("https://cdn.example/x"));
    }
}
