namespace Kitty.Abstractions.Applications;

/// <summary>
/// The credentials an application is provisioned with. The secret travels here in clear only on its way
/// to the application grain, which stores a hash of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.application-credentials")]
public sealed record ApplicationCredentials(
    [property: Id(0)] string ApiKey,
    [property: Id(1)] string ClientId,
    [property: Id(2)] string ClientSecret)
{
    /// <summary>Keeps the secret out of logs and debugger views.</summary>
    public override string ToString() => $"ApplicationCredentials {{ ApiKey = {ApiKey}, ClientId = {ClientId} }}";
}
