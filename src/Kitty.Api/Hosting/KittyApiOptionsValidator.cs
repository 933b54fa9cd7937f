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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
