using System.Globalization;
using Kitty.Abstractions.Paging;
using Kitty.Api.Hal;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Paging;

/// <summary>
/// Builds the links of a cursor page (§4.3): <c>self</c> re-reads the page from its first item, <c>next</c>
/// walks to older items after its last one, <c>prev</c> to newer items before its first one.
/// </summary>
internal static class CursorLinks
{
    public static Dictionary<string, Link> Build<T>(
        string href, CursorPage<T> page, CursorRequest request, IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var filterList = filters.Where(f => f.Value is not null).ToList();
        var start = page.Start ?? request.Start;
        var links = new Dictionary<string, Link>
        {
            ["self"] = page.Previous is { } first
                ? new(Href(href, start, first, request.Size, CursorRelation.SELF, filterList))
                : new(Href(href, request.Start, request.Next, request.Size, request.Relation, filterList)),
        };
        if (page.HasOlder && page.Next is { } last)
        {
            links["next"] = new(Href(href, start, last, request.Size, CursorRelation.NEXT, filterList));
        }

        if (page.HasNewer && page.Previous is { } newest)
        {
            links["prev"] = new(Href(href, start, newest, request.Size, CursorRelation.PREVIOUS, filterList));
        }

        return links;
    }

    public static CursorPageMetadata Metadata<T>(CursorPage<T> page, CursorRequest request) =>
        new(request.Size, Text(page.Start ?? request.Start), Text(page.Next));

    private static string Href(
        string href, long? start, long? next, int size, CursorRelation relation, List<KeyValuePair<string, string?>> filters)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (start is not null)
        {
            parameters.Add(new("start", Text(start)));
        }

        if (next is not null)
        {
            parameters.Add(new("next", Text(next)));
        }

        parameters.Add(new("size", size.ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("relation", relation.ToString()));
        parameters.AddRange(filters);
        return href + QueryString.Create(parameters).ToUriComponent();
    }

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
