namespace Kitty.Abstractions.Paging;

/// <summary>
/// One page of a newest-first collection. <see cref="Start"/> is the anchor of the window (the newest id
/// when the first page was read); <see cref="Next"/> is the cursor of the last item on the page, from
/// which an older page continues; <see cref="Previous"/> is the cursor of the first item, from which a
/// newer page continues. The flags say whether such pages have items.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.cursor-page`1")]
public sealed record CursorPage<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] int Size,
    [property: Id(2)] long? Start,
    [property: Id(3)] long? Next,
    [property: Id(4)] long? Previous,
    [property: Id(5)] bool HasOlder,
    [property: Id(6)] bool HasNewer);
