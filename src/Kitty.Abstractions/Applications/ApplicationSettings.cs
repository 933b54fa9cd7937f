namespace Kitty.Abstractions.Applications;

/// <summary>Switches an application's owner sets: guest sessions and channels created from clients.</summary>
[GenerateSerializer, Immutable, Alias("kitty.application-settings")]
public sealed record ApplicationSettings(
    [property: Id(0)] bool GuestUsers,
    [property: Id(1)] bool UserCreatedChannels)
{
    /// <summary>What a new application starts with: guests and user-created channels allowed.</summary>
    public static ApplicationSettings Default { get; } = new(true, true);
}
