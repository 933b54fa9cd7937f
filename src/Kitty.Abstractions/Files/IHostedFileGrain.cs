using Kitty.Abstractions.Messages;

namespace Kitty.Abstractions.Files;

/// <summary>
/// Uploaded files: stores one and hands back its properties (a capability URL <c>/files/{applicationId}/{fileId}/{token}/{name}</c>), and
/// serves it back. A stateless worker keyed by application id.
/// </summary>
[Alias("kitty.hosted-files")]
public interface IHostedFileGrain : IGrainWithIntegerKey
{
    /// <summary>Stores the content durably and returns its HOSTED file properties.</summary>
    [Alias("store")]
    Task<FileProperties> Store(string name, string contentType, byte[] content);

    /// <summary>The file whose URL carries this id and access token, or null.</summary>
    [ReadOnly, Alias("open")]
    Task<HostedFile?> Open(long fileId, string accessToken);
}
