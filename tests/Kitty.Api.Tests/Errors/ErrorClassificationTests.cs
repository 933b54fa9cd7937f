using Kitty.Abstractions.Errors;
using Kitty.Api.Errors;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Tests.Errors;

public sealed class ErrorClassificationTests
{
    [Theory]
    [InlineData(KittyError.ResourceNotFoundError, 404)]
    [InlineData(KittyError.AccessDeniedError, 403)]
    [InlineData(KittyError.PayloadTooLargeError, 413)]
    [InlineData(KittyError.ValidationError, 400)]
    [InlineData(KittyError.DuplicateResourceError, 400)]
    [InlineData(KittyError.NotAChannelMemberError, 400)]
    [InlineData(KittyError.ChannelNotInvitableError, 400)]
    [InlineData(KittyError.CannotAddModeratorToChannelError, 400)]
    [InlineData(KittyError.InvalidOperationError, 400)]
    [InlineData(KittyError.ClientError, 400)]
    public void KittyException_MapsToItsStatusAndName(KittyError error, int status)
    {
        var (actualStatus, name, message) = ErrorHandlingMiddleware.Classify(new KittyException(error, "why"));

        Assert.Equal(status, actualStatus);
        Assert.Equal(error.ToString(), name);
        Assert.Equal("why", message);
    }

    [Fact]
    public void WrappedKittyException_IsFound()
    {
        var wrapped = new AggregateException(new InvalidOperationException("outer", KittyException.NotFound("User")));

        Assert.Equal(404, ErrorHandlingMiddleware.Classify(wrapped).Status);
    }

    [Fact]
    public void OtherExceptions_Are500WithoutDetails()
    {
        var (status, name, message) = ErrorHandlingMiddleware.Classify(new NullReferenceException("secret internals"));

        Assert.Equal(500, status);
        Assert.Equal("InternalServerError", name);
        Assert.DoesNotContain("secret", message);
    }

    [Fact]
    public void ServerBodyLimit_IsPayloadTooLarge() =>
        Assert.Equal((413, "PayloadTooLargeError"), Pick(ErrorHandlingMiddleware.Classify(new BadHttpRequestException("too big", 413))));

    [Fact]
    public void BrokenForm_IsAValidationError() =>
        Assert.Equal((400, "ValidationError"), Pick(ErrorHandlingMiddleware.Classify(new InvalidDataException("bad multipart"))));

    private static (int, string) Pick((int Status, string Error, string Message) result) => (result.Status, result.Error);
}
