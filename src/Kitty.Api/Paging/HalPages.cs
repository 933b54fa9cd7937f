using Kitty.Abstractions.Paging;
using Kitty.Api.Hal;

namespace Kitty.Api.Paging;

/// <summary>Turns grain pages into HAL collections.</summary>
internal static class HalPages
{
    public static PagedModel<TResource> Offset<TItem, TResource>(
        Page<TItem> page,
        string key,
        string href,
        Func<TItem, TResource> render,
        params IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var items = page.Items.Select(render).ToList();
        var links = PageLinks.Build(href, page.Request, page.TotalPages, filters);
        var metadata = new PageMetadata(page.Request.Size, page.TotalElements, page.TotalPages, page.Request.Number);
        return new PagedModel<TResource>(Embed(key, items), links, metadata);
    }

    public static CursorPagedModel<TResource> Cursor<TItem, TResource>(
        CursorPage<TItem> page,
        CursorRequest request,
        string key,
        string href,
        Func<TItem, TResource> render,
        params IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var items = page.Items.Select(render).ToList();
        var links = CursorLinks.Build(href, page, request, filters);
        return new CursorPagedModel<TResource>(Embed(key, items), links, CursorLinks.Metadata(page, request));
    }

    private static Dictionary<string, IReadOnlyList<T>>? Embed<T>(string key, IReadOnlyList<T> items) =>
        items.Count == 0 ? null : new Dictionary<string, IReadOnlyList<T>> { [key] = items };
}
