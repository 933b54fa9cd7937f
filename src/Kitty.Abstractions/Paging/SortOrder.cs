namespace Kitty.Abstractions.Paging;

/// <summary>One sort key of a page request: a property name and a direction.</summary>
[GenerateSerializer, Immutable, Alias("kitty.sort-order")]
public sealed record SortOrder([property: Id(0)] string Property, [property: Id(1)] bool Descending);
