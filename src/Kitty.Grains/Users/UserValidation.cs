using System.Text;

namespace Kitty.Grains.Users;

/// <summary>The rules a user's fields obey, in one place.</summary>
public static class UserValidation
{
    public static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw KittyException.Invalid("'name' must not be blank.");
        if (name.Length > UserLimits.MaxNameLength)
            throw KittyException.Invalid($"'name' is longer than {UserLimits.MaxNameLength} characters.");
    }

    public static string DisplayNameOrDefault(string? displayName, string name)
    {
        if (string.IsNullOrWhiteSpace(displayName)) return name;
        return displayName.Length <= UserLimits.MaxDisplayNameLength
            ? displayName
            : throw KittyException.Invalid($"'displayName' is longer than {UserLimits.MaxDisplayNameLength} characters.");
    }

    public static void ValidateSecret(string name, string secretJson)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > UserLimits.MaxSecretNameLength)
            throw KittyException.Invalid($"A secret name must have 1 to {UserLimits.MaxSecretNameLength} characters.");
        if (Encoding.UTF8.GetByteCount(secretJson) > UserLimits.MaxSecretBytes)
            throw KittyException.Invalid($"A secret is at most {UserLimits.MaxSecretBytes} bytes of JSON.");
    }
}
