namespace Kitty.Api.Hal;

/// <summary>The window of a cursor page: its size, the anchor of the first query and the cursor after its last item.</summary>
public sealed record CursorPageMetadata(long Size, string? Start, string? Next);
