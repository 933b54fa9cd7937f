using System.Text;
using Kitty.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Kitty.Api.Tests.Auth;

public sealed class ClientCredentialsTests
{
    private static string Basic(string text) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static FormCollection Form(params (string Key, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));

    [Fact]
    public void From_BasicHeader_ReadsIdAndSecret()
    {
        var credentials = ClientCredentials.From(Basic("client-1:s3cr:et"), null);

        Assert.Equal(new ClientCredentials("client-1", "s3cr:et"), credentials);
    }

    [Fact]
    public void From_BasicHeaderAndFormFields_PrefersTheHeader()
    {
        var credentials = ClientCredentials.From(Basic("header-id:header-secret"),
            Form(("username", "form-id"), ("password", "form-secret")));

        Assert.Equal("header-id", credentials?.ClientId);
    }

    [Fact]
    public void From_ClientIdFormFields_WithoutHeader()
    {
        var credentials = ClientCredentials.From(null, Form(("grant_type", "client_credentials"), ("client_id", "a"), ("client_secret", "b")));

        Assert.Equal(new ClientCredentials("a", "b"), credentials);
    }

    [Fact]
    public void From_UsernamePasswordFormFields_WithoutHeader()
    {
        var credentials = ClientCredentials.From("", Form(("username", "a"), ("password", "b")));

        Assert.Equal(new ClientCredentials("a", "b"), credentials);
    }

    [Theory]
    [InlineData("Basic !!!notbase64")]
    [InlineData("Bearer abc")]
    [InlineData("Basic")]
    public void From_UnusableHeader_IsNone(string header) => Assert.Null(ClientCredentials.From(header, null));

    [Theory]
    [InlineData("no-colon")]
    [InlineData(":secret-only")]
    [InlineData("id-only:")]
    public void From_IncompleteBasicPair_IsNone(string pair) => Assert.Null(ClientCredentials.From(Basic(pair), null));

    [Fact]
    public void From_NothingPresented_IsNone() => Assert.Null(ClientCredentials.From(null, Form(("grant_type", "client_credentials"))));

    [Fact]
    public void ToString_NeverShowsTheSecret() =>
        Assert.DoesNotContain("hunter2", new ClientCredentials("id", "hunter2").ToString());
}
