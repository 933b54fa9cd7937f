namespace Kitty.Server.Hosting;

/// <summary>
/// Configuration a node cannot start with. Program prints its message alone (no stack trace): the operator has a
/// setting to fix, not a bug to report.
/// </summary>
public sealed class NodeConfigurationException(string message) : Exception(message);
