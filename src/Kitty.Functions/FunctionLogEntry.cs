namespace Kitty.Functions;

public sealed record FunctionLogEntry(FunctionLogLevel Level, string Message);
