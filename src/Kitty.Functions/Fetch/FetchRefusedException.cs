namespace Kitty.Functions.Fetch;

/// <summary>A fetch the sandbox does not allow; its message becomes the TypeError the script's fetch rejects with.</summary>
public sealed class FetchRefusedException(string message) : Exception(message);
