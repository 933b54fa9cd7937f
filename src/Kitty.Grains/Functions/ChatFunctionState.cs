namespace Kitty.Grains.Functions;

[GenerateSerializer, Alias("kitty.state.function")]
public sealed class ChatFunctionState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public long ApplicationId { get; set; }
    [Id(2)] public string Type { get; set; } = "";
    [Id(3)] public string Name { get; set; } = "";
    [Id(4)] public string? Description { get; set; }
    [Id(5)] public bool Enabled { get; set; }
    [Id(6)] public int CurrentVersionNumber { get; set; }
    /// <summary>The id of the current version's row in the chat store (versions live there, unbounded).</summary>
    [Id(7)] public long CurrentVersionId { get; set; }
    [Id(8)] public DateTimeOffset CreatedTime { get; set; }
}
