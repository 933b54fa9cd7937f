using System.Globalization;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Files;
using Kitty.Api.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Kitty.Api.Files;

/// <summary>
/// Anonymous downloads: hosted files by their capability URL (<c>/files/{applicationId}/{fileId}/{token}/{name}</c>)
/// and generated default avatars (<c>/avatars/{userId}.svg</c>).
/// </summary>
internal static class FilesApi
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{applicationId:long}/{fileId:long}/{token}/{name}", Download)
            .WithName("DownloadHostedFile").WithTags("Files")
            .WithSummary("Downloads an uploaded file (the URL is the capability; no bearer token)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces<Errors.ApiError>(StatusCodes.Status404NotFound, "application/json");
        app.MapGet("/avatars/{userId:long}.svg", Avatar)
            .WithName("DefaultAvatar").WithTags("Files")
            .WithSummary("A generated picture for users without one: their initial on a colour")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");
        return app;
    }

    private static async Task<IResult> Download(IGrainFactory grains, long applicationId, long fileId, string token, string name)
    {
        var file = await grains.GetGrain<IHostedFileGrain>(applicationId).Open(fileId, token)
            ?? throw KittyException.NotFound("File");
        return Results.File(file.Content, file.ContentType, file.Name, lastModified: null,
            entityTag: new EntityTagHeaderValue($"\"{fileId.ToString(CultureInfo.InvariantCulture)}\""));
    }

    private static IResult Avatar(HttpContext context, long userId, string? initial)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Text(DefaultAvatar.Svg(userId, initial), "image/svg+xml");
    }
}
