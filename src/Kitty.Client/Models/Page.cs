namespace Kitty.Client.Models;

/// <summary>One page of a listing, with cursors to the neighbouring pages.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Next">Cursor of the next page (pass as <c>Requests.PageRequest.After</c> or <c>Before</c> as the listing says), or null at the end.</param>
/// <param name="Previous">Cursor of the previous page, or null at the start.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next, PageCursor? Previous);
