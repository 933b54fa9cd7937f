using Kitty.Abstractions.Paging;
using System.Data.Common;

namespace Kitty.Storage.Sql;

/// <summary>
/// Cursor pages over a newest-first collection keyed by increasing ids. A request without a cursor reads the
/// newest page; NEXT reads ids below the cursor, SELF ids at or below it, PREVIOUS the ids just above it
/// (still returned newest first). Each page's <c>Next</c> is its oldest id and <c>Previous</c> its newest,
/// so walking NEXT visits every item exactly once even while newer items are appended. <c>Start</c> is only
/// an anchor: the newest id of a first page, echoed back from the request afterwards; it filters nothing.
/// </summary>
internal static class CursorPaging
{
    public static async Task<CursorPage<T>> ReadAsync<T>(
        DbConnection connection,
        string columns,
        string from,
        SqlFilter filter,
        string idColumn,
        CursorRequest cursor,
        Func<DbDataReader, T> read,
        Func<T, long> idOf)
    {
        var size = Paging.ClampSize(cursor.Size);
        var at = cursor.Next;
        var window = filter.Copy();
        var ascending = false;
        if (at is { } c)
        {
            switch (cursor.Relation)
            {
                case CursorRelation.NEXT:
                    window.Where($"{idColumn} < {window.Param(c)}");
                    break;
                case CursorRelation.PREVIOUS:
                    window.Where($"{idColumn} > {window.Param(c)}");
                    ascending = true;
                    break;
                default:
                    window.Where($"{idColumn} <= {window.Param(c)}");
                    break;
            }
        }

        await using var select = connection
            .Query($"SELECT {columns} FROM {from} WHERE {window.Sql} ORDER BY {idColumn} {(ascending ? "ASC" : "DESC")} LIMIT @limit")
            .With(window)
            .With("@limit", size);
        var items = await select.ListAsync(read);
        if (ascending)
        {
            items.Reverse();
        }

        long? next = items.Count > 0 ? idOf(items[^1]) : null;
        long? previous = items.Count > 0 ? idOf(items[0]) : null;
        bool hasOlder, hasNewer;
        if (next is { } oldest && previous is { } newest)
        {
            hasOlder = await ExistsAsync(connection, from, filter, $"{idColumn} <", oldest);
            hasNewer = await ExistsAsync(connection, from, filter, $"{idColumn} >", newest);
        }
        else if (at is { } cursorId)
        {
            // An empty page: everything matching lies on the other side of the cursor.
            hasOlder = cursor.Relation == CursorRelation.PREVIOUS && await ExistsAsync(connection, from, filter, $"{idColumn} <=", cursorId);
            hasNewer = cursor.Relation switch
            {
                CursorRelation.NEXT => await ExistsAsync(connection, from, filter, $"{idColumn} >=", cursorId),
                CursorRelation.SELF => await ExistsAsync(connection, from, filter, $"{idColumn} >", cursorId),
                _ => false,
            };
        }
        else
        {
            hasOlder = hasNewer = false;
        }

        var start = cursor.Start ?? (at is null ? previous : null);
        return new CursorPage<T>(items, size, start, next, previous, hasOlder, hasNewer);
    }

    private static async Task<bool> ExistsAsync(DbConnection connection, string from, SqlFilter filter, string comparison, long id)
    {
        var bounded = filter.Copy();
        bounded.Where($"{comparison} {bounded.Param(id)}");
        await using var command = connection.Query($"SELECT 1 FROM {from} WHERE {bounded.Sql} LIMIT 1").With(bounded);
        return await command.ExistsAsync();
    }
}
