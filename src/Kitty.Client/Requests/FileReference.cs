namespace Kitty.Client.Requests;

/// <summary>An external file to send as a message (uploads go over HTTP, not the hub).</summary>
/// <param name="Url">Where the file is.</param>
/// <param name="Name">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Size">The size in bytes.</param>
public sealed record FileReference(string Url, string Name, string ContentType, long Size);
