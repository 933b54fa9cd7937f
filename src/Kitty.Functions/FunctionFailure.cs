namespace Kitty.Functions;

public sealed record FunctionFailure(FunctionFailureKind Kind, string Message);
