using Kitty.Client.Models;

namespace Kitty.Client.Requests;

/// <summary>Which page of a listing to fetch. Leave all fields empty for the first page.</summary>
/// <param name="Size">How many items at most.</param>
/// <param name="Before">Items before this cursor (older, for messages).</param>
/// <param name="After">Items after this cursor (newer, for messages: the seq of the last message seen).</param>
public sealed record PageRequest(int? Size = null, PageCursor? Before = null, PageCursor? After = null);
