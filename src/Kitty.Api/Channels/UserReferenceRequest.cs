namespace Kitty.Api.Channels;

/// <summary>Names a user by <c>id</c> or by <c>username</c> (exactly one).</summary>
public sealed record UserReferenceRequest(long? Id, string? Username);
