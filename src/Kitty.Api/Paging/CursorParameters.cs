using System.Globalization;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Paging;

/// <summary>Reads <c>size</c>, <c>start</c>, <c>next</c> and <c>relation</c> of a cursor list.</summary>
internal static class CursorParameters
{
    public static CursorRequest Parse(IQueryCollection query)
    {
        var size = PageParameters.ParseSize(query["size"].ToString());
        var start = ParseCursor(query, "start");
        var next = ParseCursor(query, "next");
        var relationText = query["relation"].ToString();
        var relation = CursorRelation.SELF;
        if (relationText.Length > 0 && !TryParseRelation(relationText, out relation))
        {
            throw KittyException.Invalid($"'relation' must be one of {string.Join(", ", Enum.GetNames<CursorRelation>())}");
        }

        return new CursorRequest(size, start, next, relation);
    }

    private static bool TryParseRelation(string text, out CursorRelation relation)
    {
        relation = CursorRelation.SELF;
        var name = Enum.GetNames<CursorRelation>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out relation);
    }

    private static long? ParseCursor(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw KittyException.Invalid($"'{name}' must be a 64-bit integer cursor");
    }
}
