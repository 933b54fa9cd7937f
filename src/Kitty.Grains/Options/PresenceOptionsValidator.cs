using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

public sealed class PresenceOptionsValidator : IValidateOptions<PresenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PresenceOptions options) =>
        options.LeaseDuration >= TimeSpan.FromSeconds(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PresenceOptions.Section}:LeaseDuration must be at least one second.");
}
