using Kitty.Abstractions.Functions;

namespace Kitty.Grains.Functions;

[GenerateSerializer, Alias("kitty.state.runtime")]
public sealed class ChatRuntimeState
{
    /// <summary>Counts changes; the runtime's version is <c>v{Revision + 1}</c>.</summary>
    [Id(0)] public int Revision { get; set; }
    [Id(1)] public List<ChatRuntimeDependency> Dependencies { get; set; } = [];
    [Id(2)] public Dictionary<string, string> EnvironmentVariables { get; set; } = [];
    [Id(3)] public string? InitializationScript { get; set; }

    /// <summary>The JavaScript <see cref="InitializationScript"/> compiled to; null when saved before scripts were compiled.</summary>
    [Id(4)] public string? CompiledInitializationScript { get; set; }
}
