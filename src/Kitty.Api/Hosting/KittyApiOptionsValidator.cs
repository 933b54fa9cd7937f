using Microsoft.Extensions.Options;

namespace Kitty.Api.Hosting;

/// <summary>Refuses options that would make the API unusable.</summary>
internal sealed class KittyApiOptionsValidator : IValidateOptions<KittyApiOptions>
{
    public ValidateOptionsResult Validate(string? name, KittyApiOptions options)
    {
        var failures = new List<string>();
        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(365))
        {
            failures.Add($"{KittyApiOptions.SectionName}:{nameof(options.TokenLifetime)} must be between 1 minute and 365 days.");
        }

        if (options.MaxRequestBodyBytes < 1024)
        {
            failures.Add($"{KittyApiOptions.SectionName}:{nameof(options.MaxRequestBodyBytes)} must be at least 1024 bytes.");
        }

        if (options.SessionTokenLifetime < TimeSpan.FromSeconds(1) || options.SessionTokenLifetime > TimeSpan.FromDays(365))
        {
            failures.Add($"{KittyApiOptions.SectionName}:{nameof(options.SessionTokenLifetime)} must be between 1 second and 365 days.");
        }

        if (options.MessagesPerSecond <= 0 || options.KeystrokesPerSecond <= 0 || options.CallsPerSecond <= 0)
        {
            failures.Add($"{KittyApiOptions.SectionName}: realtime rate limits must be positive.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add($"{KittyApiOptions.SectionName}:{nameof(options.PublicBaseUrl)} must be an absolute URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
