using Kitty.Abstractions.Errors;
using Kitty.Api.Json;

namespace Kitty.Api.Tests.Json;

public sealed class RequestContentTypesTests
{
    [Theory]
    [InlineData("application/json+merge-patch", true)]
    [InlineData("application/merge-patch+json", true)]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON+Merge-Patch", true)]
    [InlineData(null, true)]
    [InlineData("text/plain", false)]
    [InlineData("application/xml", false)]
    [InlineData("multipart/form-data; boundary=x", false)]
    [InlineData("application/vnd.chatkitty+json", false)]
    public void IsMergePatch(string? contentType, bool accepted) =>
        Assert.Equal(accepted, RequestContentTypes.IsMergePatch(contentType));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/hal+json", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("text/plain", false)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData("not a media type", false)]
    public void IsJson(string? contentType, bool accepted) => Assert.Equal(accepted, RequestContentTypes.IsJson(contentType));

    [Fact]
    public void RequireMergePatch_Refusal_NamesTheAcceptedTypes()
    {
        var error = Assert.Throws<KittyException>(() => RequestContentTypes.RequireMergePatch("text/plain"));

        Assert.Equal(KittyError.ValidationError, error.Error);
        Assert.Contains("application/json+merge-patch", error.Message);
    }
}
