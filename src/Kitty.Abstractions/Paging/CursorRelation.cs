namespace Kitty.Abstractions.Paging;

/// <summary>Which way a cursor request walks from its cursor.</summary>
public enum CursorRelation
{
    /// <summary>Re-read the page that starts at the cursor.</summary>
    SELF,
    /// <summary>Newer items than the cursor.</summary>
    PREVIOUS,
    /// <summary>Older items than the cursor.</summary>
    NEXT,
}
