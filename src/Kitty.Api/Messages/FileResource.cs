namespace Kitty.Api.Messages;

/// <summary>A file of a message or a display picture (FileProperties); <c>url</c> is absolute.</summary>
public sealed record FileResource(string Type, string Url, string Name, string ContentType, long Size);
