using Kitty.Abstractions.Paging;
using System.Data.Common;

namespace Kitty.Storage.Sql;

/// <summary>Offset pages: size clamping and the count-plus-window query pair.</summary>
internal static class Paging
{
    /// <summary>Clamps the size (less than 1 → default, above the maximum → maximum) and the number (≥ 0).</summary>
    public static PageRequest Normalize(PageRequest page) => page with
    {
        Number = Math.Max(0, page.Number),
        Size = ClampSize(page.Size),
        Sort = page.Sort ?? [],
    };

    public static int ClampSize(int size) => size < 1 ? PageRequest.DefaultSize : Math.Min(size, PageRequest.MaxSize);

    /// <summary>Counts every row matching <paramref name="filter"/> and reads the requested window of them.</summary>
    public static async Task<Page<T>> ReadAsync<T>(
        DbConnection connection,
        string columns,
        string from,
        SqlFilter filter,
        string orderBy,
        PageRequest page,
        Func<DbDataReader, T> read)
    {
        await using var count = connection.Query($"SELECT COUNT(*) FROM {from} WHERE {filter.Sql}").With(filter);
        var total = await count.LongAsync();
        await using var select = connection
            .Query($"SELECT {columns} FROM {from} WHERE {filter.Sql} ORDER BY {orderBy} LIMIT @limit OFFSET @offset")
            .With(filter)
            .With("@limit", page.Size)
            .With("@offset", page.Offset);
        var items = total > page.Offset ? await select.ListAsync(read) : [];
        return new Page<T>(items, page, total);
    }

    /// <summary>Replaces the items of a page, keeping its request and total.</summary>
    public static async Task<Page<TOut>> MapAsync<TIn, TOut>(this Page<TIn> page, Func<TIn, Task<TOut>> map)
    {
        var items = new List<TOut>(page.Items.Count);
        foreach (var item in page.Items)
        {
            items.Add(await map(item));
        }

        return new Page<TOut>(items, page.Request, page.TotalElements);
    }
}
