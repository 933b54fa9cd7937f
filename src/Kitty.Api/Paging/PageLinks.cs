using Kitty.Abstractions.Paging;
using Kitty.Api.Hal;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Paging;

/// <summary>Builds first/prev/self/next/last links of an offset page (§4.2).</summary>
internal static class PageLinks
{
    public static Dictionary<string, Link> Build(
        string href, PageRequest request, long totalPages, IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var filterList = filters.Where(f => f.Value is not null).ToList();
        var last = Math.Max(totalPages - 1, 0);
        var links = new Dictionary<string, Link> { ["first"] = new(Href(href, 0, request, filterList)) };
        if (request.Number > 0)
        {
            links["prev"] = new(Href(href, Math.Min(request.Number - 1, last), request, filterList));
        }

        links["self"] = new(Href(href, request.Number, request, filterList));
        if (request.Number + 1 < totalPages)
        {
            links["next"] = new(Href(href, request.Number + 1, request, filterList));
        }

        links["last"] = new(Href(href, last, request, filterList));
        return links;
    }

    private static string Href(string href, long number, PageRequest request, List<KeyValuePair<string, string?>> filters)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("size", request.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        parameters.AddRange(QueryParameter.Many("sort", PageParameters.Format(request.Sort)));
        parameters.AddRange(filters);
        return href + QueryString.Create(parameters).ToUriComponent();
    }
}
