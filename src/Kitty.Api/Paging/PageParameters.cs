using System.Globalization;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Paging;

/// <summary>
/// Reads <c>page</c>, <c>size</c> and <c>sort</c> the Spring way: a missing or bad size is the default, sizes
/// are capped, a negative page is the first; a sort key naming an unknown property is refused.
/// </summary>
internal static class PageParameters
{
    public static PageRequest Parse(IQueryCollection query, IReadOnlyCollection<string> sortable)
    {
        var number = int.TryParse(query["page"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? Math.Max(p, 0) : 0;
        var size = ParseSize(query["size"].ToString());
        var sort = new List<SortOrder>();
        foreach (var value in query["sort"])
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                sort.Add(ParseSort(value, sortable));
            }
        }

        return new PageRequest(number, size, sort);
    }

    public static int ParseSize(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size >= 1
            ? Math.Min(size, PageRequest.MaxSize)
            : PageRequest.DefaultSize;

    private static SortOrder ParseSort(string value, IReadOnlyCollection<string> sortable)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        var property = parts[0];
        if (!sortable.Contains(property))
        {
            throw KittyException.Invalid(
                $"Cannot sort by '{property}'; sortable properties are: {string.Join(", ", sortable)}");
        }

        var descending = parts.Length switch
        {
            1 => false,
            2 when parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase) => false,
            2 when parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) => true,
            _ => throw KittyException.Invalid($"Bad sort '{value}'; use 'property' or 'property,asc|desc'"),
        };
        return new SortOrder(property, descending);
    }

    /// <summary>The sort keys as query values (<c>name,asc</c>), for links.</summary>
    public static IEnumerable<string> Format(IEnumerable<SortOrder> sort) =>
        sort.Select(s => $"{s.Property},{(s.Descending ? "desc" : "asc")}");
}
