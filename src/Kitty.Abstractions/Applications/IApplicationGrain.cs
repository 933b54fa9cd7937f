namespace Kitty.Abstractions.Applications;

/// <summary>One application (tenant): its credentials and settings. Keyed by application id.</summary>
[Alias("kitty.application")]
public interface IApplicationGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Creates the application on first call; later calls set the given credentials (so that they can be
    /// managed in configuration) and keep everything else. Returns the application.
    /// </summary>
    [Alias("provision")]
    Task<Application> Provision(ApplicationCredentials credentials);

    /// <summary>The application; <c>ResourceNotFoundError</c> if it was never provisioned.</summary>
    [ReadOnly, Alias("get")]
    Task<Application> Get();

    /// <summary>The application's settings.</summary>
    [ReadOnly, Alias("get-settings")]
    Task<ApplicationSettings> GetSettings();

    /// <summary>Replaces the application's settings.</summary>
    [Alias("update-settings")]
    Task<ApplicationSettings> UpdateSettings(ApplicationSettings settings);

    /// <summary>Whether the secret matches the application's client secret (compared by hash).</summary>
    [ReadOnly, Alias("verify-client-secret")]
    Task<bool> VerifyClientSecret(string clientSecret);
}
