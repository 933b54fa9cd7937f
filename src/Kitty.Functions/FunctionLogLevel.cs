namespace Kitty.Functions;

public enum FunctionLogLevel
{
    Log,
    Info,
    Warn,
    Error,
}
