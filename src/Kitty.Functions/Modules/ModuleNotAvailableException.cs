namespace Kitty.Functions.Modules;

/// <summary>A <c>require</c> that cannot be served; the message is shown to the function as the thrown error's.</summary>
public sealed class ModuleNotAvailableException(string message) : Exception(message);
