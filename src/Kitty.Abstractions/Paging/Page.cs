namespace Kitty.Abstractions.Paging;

/// <summary>One offset page of items and the total count of the whole collection.</summary>
[GenerateSerializer, Immutable, Alias("kitty.page`1")]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] PageRequest Request,
    [property: Id(2)] long TotalElements)
{
    /// <summary>How many pages the collection has at this page size.</summary>
    public long TotalPages => Request.Size == 0 ? 0 : (TotalElements + Request.Size - 1) / Request.Size;
}
