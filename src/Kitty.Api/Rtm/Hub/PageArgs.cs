using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Api.Json;

namespace Kitty.Api.Rtm.Hub;

/// <summary>
/// A hub page request <c>{ size?, before?, after? }</c>. For offset listings (users, channels, members) the
/// cursors are page numbers (what <c>next</c>/<c>previous</c> of a result say); for messages <c>before</c> is a
/// message id and <c>after</c> a channel seq.
/// </summary>
internal sealed record PageArgs(int Size, long? Before, long? After)
{
    public static PageArgs Parse(JsonElement? page)
    {
        if (page is not { } body)
        {
            return new(PageRequest.DefaultSize, null, null);
        }

        var size = body.Has("size") ? body.RequiredLong("size", minimum: 1) : PageRequest.DefaultSize;
        if (size > PageRequest.MaxSize)
        {
            throw KittyException.Invalid($"'page.size' must be at most {PageRequest.MaxSize}");
        }

        return new((int)size, body.OptionalLong("before"), body.OptionalLong("after"));
    }

    /// <summary>The offset page these cursors name.</summary>
    public PageRequest Offset()
    {
        var number = After ?? Before ?? 0;
        return number is < 0 or > 100_000
            ? throw KittyException.Invalid("'page' cursor out of range")
            : new PageRequest((int)number, Size, []);
    }

    /// <summary>An offset page as a hub result.</summary>
    public static Dictionary<string, object?> ToHubPage<T>(Page<T> page, Func<T, object?> render)
    {
        var result = new Dictionary<string, object?> { ["items"] = page.Items.Select(render).ToList() };
        if (page.Request.Offset + page.Items.Count < page.TotalElements)
        {
            result["next"] = (long)page.Request.Number + 1;
        }

        if (page.Request.Number > 0)
        {
            result["previous"] = (long)page.Request.Number - 1;
        }

        return result;
    }

    /// <summary>An in-memory list as an offset page.</summary>
    public Dictionary<string, object?> Slice<T>(IReadOnlyList<T> all, Func<T, object?> render)
    {
        var request = Offset();
        var items = all.Skip((int)Math.Min(request.Offset, int.MaxValue)).Take(request.Size).ToList();
        return ToHubPage(new Page<T>(items, request, all.Count), render);
    }
}
