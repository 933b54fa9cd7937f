using Microsoft.Extensions.Options;

namespace Kitty.Storage.Options;

/// <summary>Refuses options the database cannot be opened with.</summary>
public sealed class ChatStoreOptionsValidator : IValidateOptions<ChatStoreOptions>
{
    private static readonly string[] SynchronousModes = ["OFF", "NORMAL", "FULL", "EXTRA"];

    public ValidateOptionsResult Validate(string? name, ChatStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{nameof(ChatStoreOptions.DataDirectory)} is required.");
        }

        if (string.IsNullOrWhiteSpace(options.FileName) || options.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            failures.Add($"{nameof(ChatStoreOptions.FileName)} must be a plain file name.");
        }

        if (!SynchronousModes.Contains(options.Synchronous, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{nameof(ChatStoreOptions.Synchronous)} must be one of {string.Join(", ", SynchronousModes)}.");
        }

        if (options.BusyTimeout < TimeSpan.Zero)
        {
            failures.Add($"{nameof(ChatStoreOptions.BusyTimeout)} must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
