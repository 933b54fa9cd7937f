namespace Kitty.Abstractions.Errors;

/// <summary>
/// A refusal that a client may see: a <see cref="KittyError"/> code and a human readable message.
/// Anything else thrown inside Kitty is a bug and is never shown to a client.
/// </summary>
[GenerateSerializer, Alias("kitty.error")]
public sealed class KittyException : Exception
{
    /// <summary>Creates a refusal.</summary>
    public KittyException(KittyError error, string message) : base(message) => Error = error;

    /// <summary>The error code.</summary>
    [Id(0)]
    public KittyError Error { get; }

    /// <summary>A 404 for an entity of the given kind.</summary>
    public static KittyException NotFound(string what) =>
        new(KittyError.ResourceNotFoundError, $"{what} not found");

    /// <summary>A 400 for an invalid field.</summary>
    public static KittyException Invalid(string message) => new(KittyError.ValidationError, message);
}
