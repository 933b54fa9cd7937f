using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

public sealed class RealtimeFanoutOptionsValidator : IValidateOptions<RealtimeFanoutOptions>
{
    private const int Ceiling = 100_000;

    public ValidateOptionsResult Validate(string? name, RealtimeFanoutOptions options) =>
        options.TypingToMembersMaxMembers is < 0 or > Ceiling || options.MaxContacts is < 0 or > Ceiling
            ? ValidateOptionsResult.Fail(
                $"{RealtimeFanoutOptions.Section}:TypingToMembersMaxMembers and :MaxContacts must be between 0 and {Ceiling}.")
            : ValidateOptionsResult.Success;
}
