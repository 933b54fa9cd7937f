namespace Kitty.Abstractions.Naming;

/// <summary>
/// Owns one unique name: a user name, a group channel name, a direct channel's member set, an API key or
/// a client id. Keyed by <see cref="UniqueNames"/>; uniqueness needs no global lock because one
/// activation decides each name.
/// </summary>
[Alias("kitty.unique-name")]
public interface IUniqueNameGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the name for <paramref name="ownerId"/> unless another owner holds it; returns the owner
    /// that holds it afterwards (the caller won when that is its own id).
    /// </summary>
    [Alias("claim")]
    Task<long> Claim(long ownerId);

    /// <summary>The current owner, or null when the name is free.</summary>
    [ReadOnly, Alias("get-owner")]
    Task<long?> GetOwner();

    /// <summary>Frees the name if <paramref name="ownerId"/> holds it.</summary>
    [Alias("release")]
    Task Release(long ownerId);
}
