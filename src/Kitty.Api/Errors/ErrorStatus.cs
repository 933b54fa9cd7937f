using Kitty.Abstractions.Errors;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Errors;

/// <summary>The HTTP status of each Kitty error code.</summary>
internal static class ErrorStatus
{
    public static int Of(KittyError error) => error switch
    {
        KittyError.ResourceNotFoundError => StatusCodes.Status404NotFound,
        KittyError.AccessDeniedError => StatusCodes.Status403Forbidden,
        KittyError.PayloadTooLargeError => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };
}
