using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Sql;

/// <summary>Turns requested sort keys into an ORDER BY over known columns, always ending with the id.</summary>
internal sealed class SortClause(IReadOnlyDictionary<string, string> columns, string idColumn)
{
    /// <summary>The sort keys of user listings.</summary>
    public static SortClause Users(string alias) => new(Keys(alias), $"{alias}.id");

    /// <summary>The sort keys of channel listings.</summary>
    public static SortClause Channels(string alias) =>
        new(new Dictionary<string, string>(Keys(alias), StringComparer.OrdinalIgnoreCase) { ["type"] = $"{alias}.type" }, $"{alias}.id");

    /// <summary>
    /// The sort keys of a channel's memberships and invites: users' keys, but <c>createdTime</c> is when the
    /// relation began (the resource's own time), not when the user was created.
    /// </summary>
    public static SortClause Relations(string userAlias, string relationAlias) =>
        new(new Dictionary<string, string>(Keys(userAlias), StringComparer.OrdinalIgnoreCase)
        {
            ["createdTime"] = $"{relationAlias}.created_time",
        }, $"{userAlias}.id");

    /// <summary>The ORDER BY body; <paramref name="fallback"/> is used when no key is requested.</summary>
    public string Build(IReadOnlyList<SortOrder> sort, string? fallback = null)
    {
        var terms = new List<string>();
        var hasId = false;
        foreach (var order in sort)
        {
            if (!columns.TryGetValue(order.Property, out var column))
            {
                throw KittyException.Invalid(
                    $"Unknown sort property '{order.Property}'; expected one of {string.Join(", ", columns.Keys)}.");
            }

            hasId |= column == idColumn;
            terms.Add(order.Descending ? $"{column} DESC" : $"{column} ASC");
        }

        if (terms.Count == 0 && fallback is not null)
        {
            return fallback;
        }

        if (!hasId)
        {
            terms.Add($"{idColumn} ASC");
        }

        return string.Join(", ", terms);
    }

    private static Dictionary<string, string> Keys(string alias) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = $"{alias}.id",
        ["name"] = $"{alias}.name",
        ["displayName"] = $"{alias}.display_name",
        ["createdTime"] = $"{alias}.created_time",
    };
}
