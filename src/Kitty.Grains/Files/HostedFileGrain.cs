using System.Buffers.Text;
using System.Security.Cryptography;
using Kitty.Abstractions.Files;
using Kitty.Abstractions.Messages;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Files;

/// <summary>
/// Uploaded files, served back from capability URLs: the random token in the URL is the permission, so a
/// browser can show a picture without a bearer token, and nobody can guess another file's URL.
/// </summary>
[StatelessWorker]
public sealed class HostedFileGrain(IChatStore store, IIdGenerator ids, TimeProvider time) : Grain, IHostedFileGrain
{
    private const int MaxNameLength = 256;
    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<FileProperties> Store(string name, string contentType, byte[] content)
    {
        name = Path.GetFileName(name ?? "");
        if (string.IsNullOrWhiteSpace(name)) name = "file";
        if (name.Length > MaxNameLength) throw KittyException.Invalid($"A file name is at most {MaxNameLength} characters.");
        if (string.IsNullOrWhiteSpace(contentType)) contentType = "application/octet-stream";
        var id = ids.NextId();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        await store.SaveFile(ApplicationId, id, token, name, contentType, content, time.GetUtcNow());
        return new FileProperties(FileType.HOSTED, $"/files/{ApplicationId}/{id}/{token}/{Uri.EscapeDataString(name)}",
            name, contentType, content.LongLength);
    }

    public Task<HostedFile?> Open(long fileId, string accessToken) => store.OpenFile(ApplicationId, fileId, accessToken);
}
