using Kitty.Abstractions.Errors;

namespace Kitty.Api.Application;

/// <summary>The ENABLED / DISABLED strings of application settings.</summary>
internal static class SettingsToggle
{
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";

    public static string Format(bool value) => value ? Enabled : Disabled;

    public static bool Parse(string text, string name) => text switch
    {
        Enabled => true,
        Disabled => false,
        _ => throw KittyException.Invalid($"'{name}' must be one of ENABLED, DISABLED, not '{text}'"),
    };
}
