using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Files;
using Kitty.Abstractions.Messages;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Files;

/// <summary>The <c>file</c> part of a multipart upload (§8), read whole, ready to be stored as a hosted file.</summary>
internal sealed record UploadedFile(string Name, string ContentType, byte[] Content)
{
    public const string PartName = "file";

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task<UploadedFile> Read(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile(PartName) ?? throw KittyException.Invalid($"The multipart part '{PartName}' is required");
        var name = Path.GetFileName(file.FileName);
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(
            string.IsNullOrWhiteSpace(name) ? "file" : name,
            string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
            buffer.ToArray());
    }

    public Task<FileProperties> Store(IGrainFactory grains, long applicationId) =>
        grains.GetGrain<IHostedFileGrain>(applicationId).Store(Name, ContentType, Content);
}
