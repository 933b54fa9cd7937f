namespace Kitty.Abstractions.Paging;

/// <summary>An offset page request: zero-based page number, page size and sort keys.</summary>
[GenerateSerializer, Immutable, Alias("kitty.page-request")]
public sealed record PageRequest(
    [property: Id(0)] int Number,
    [property: Id(1)] int Size,
    [property: Id(2)] IReadOnlyList<SortOrder> Sort)
{
    /// <summary>The default page size when a request names none or an invalid one.</summary>
    public const int DefaultSize = 25;

    /// <summary>The largest page size served.</summary>
    public const int MaxSize = 100;

    /// <summary>The first page of the default size, unsorted.</summary>
    public static PageRequest First { get; } = new(0, DefaultSize, []);

    /// <summary>The number of items skipped before this page.</summary>
    public long Offset => (long)Number * Size;
}
