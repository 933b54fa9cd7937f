namespace Kitty.Client;

/// <summary>
/// A failed Kitty call. <see cref="ErrorName"/> is the error vocabulary of the protocol
/// (e.g. <c>NotAChannelMemberError</c>, <c>ValidationError</c>, <c>RateLimitedError</c>), or
/// <see cref="KittyErrorNames.ConnectionError"/> when the server could not be reached.
/// </summary>
public sealed class KittyClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorName">The error name.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="coolOffDuration">How long to wait before retrying, for rate limits.</param>
    /// <param name="innerException">The underlying failure.</param>
    public KittyClientException(string errorName, string message, TimeSpan? coolOffDuration = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorName = errorName;
        CoolOffDuration = coolOffDuration;
    }

    /// <summary>The error name, e.g. <c>NotAChannelMemberError</c>.</summary>
    public string ErrorName { get; }

    /// <summary>For <c>RateLimitedError</c>: how long to wait before retrying, when the server said.</summary>
    public TimeSpan? CoolOffDuration { get; }

    /// <summary>True for a rate-limit refusal.</summary>
    public bool IsRateLimited => ErrorName == KittyErrorNames.RateLimitedError;

    /// <inheritdoc/>
    public override string ToString() => $"{ErrorName}: {base.ToString()}";
}
