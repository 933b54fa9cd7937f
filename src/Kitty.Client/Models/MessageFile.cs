namespace Kitty.Client.Models;

/// <summary>The file of a file message (ChatKittyFile).</summary>
/// <param name="Type"><c>HOSTED</c> (uploaded to Kitty) or <c>EXTERNAL</c> (a URL elsewhere).</param>
/// <param name="Url">Where the file can be downloaded.</param>
/// <param name="Name">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Size">The size in bytes.</param>
public sealed record MessageFile(string? Type, string Url, string Name, string ContentType, long Size);
