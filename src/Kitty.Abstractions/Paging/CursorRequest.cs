namespace Kitty.Abstractions.Paging;

/// <summary>
/// A cursor page request over a newest-first collection. Cursors are item ids (64-bit, increasing with
/// time). <see cref="Start"/> anchors the window of the first query; <see cref="Next"/> is where this page
/// begins (inclusive for SELF, exclusive for NEXT and PREVIOUS).
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.cursor-request")]
public sealed record CursorRequest(
    [property: Id(0)] int Size,
    [property: Id(1)] long? Start,
    [property: Id(2)] long? Next,
    [property: Id(3)] CursorRelation Relation)
{
    /// <summary>The newest page of the default size.</summary>
    public static CursorRequest Newest { get; } = new(PageRequest.DefaultSize, null, null, CursorRelation.SELF);
}
