namespace Kitty.Grains.Users;

/// <summary>Bounds that keep a user's grain state small.</summary>
public static class UserLimits
{
    public const int MaxNameLength = 256;
    public const int MaxDisplayNameLength = 256;
    public const int MaxSecrets = 100;
    public const int MaxSecretNameLength = 128;
    public const int MaxSecretBytes = 16 * 1024;
}
