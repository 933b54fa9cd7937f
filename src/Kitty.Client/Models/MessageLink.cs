namespace Kitty.Client.Models;

/// <summary>A URL found in a message body.</summary>
/// <param name="Source">The URL text.</param>
/// <param name="StartPosition">Index of its first UTF-16 code unit in the body.</param>
/// <param name="EndPosition">Index just after its last code unit (exclusive).</param>
/// <param name="Preview">OpenGraph data of the page, once the server fetched it.</param>
public sealed record MessageLink(string Source, int StartPosition, int EndPosition, LinkPreview? Preview);
