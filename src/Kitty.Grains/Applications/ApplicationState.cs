using Kitty.Abstractions.Applications;

namespace Kitty.Grains.Applications;

[GenerateSerializer, Alias("kitty.state.application")]
public sealed class ApplicationState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public DateTimeOffset CreatedTime { get; set; }
    [Id(2)] public string ApiKey { get; set; } = "";
    [Id(3)] public string ClientId { get; set; } = "";
    [Id(4)] public string ClientSecretHash { get; set; } = "";
    [Id(5)] public ApplicationSettings Settings { get; set; } = ApplicationSettings.Default;
    [Id(6)] public string PropertiesJson { get; set; } = "{}";
}
