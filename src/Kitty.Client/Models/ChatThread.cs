using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>A thread of a channel: <c>MAIN</c>, <c>STANDALONE</c> or a reply thread of a <c>MESSAGE</c>.</summary>
/// <param name="Id">The thread id.</param>
/// <param name="Type"><c>MAIN</c>, <c>STANDALONE</c> or <c>MESSAGE</c>.</param>
/// <param name="Name">The name of a standalone thread.</param>
/// <param name="CreatedTime">When the thread was created.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public sealed record ChatThread(long Id, string Type, string? Name, DateTimeOffset CreatedTime, JsonElement Properties)
{
    /// <summary>The channel of the thread, when the server sends it.</summary>
    public long? ChannelId { get; init; }
}
