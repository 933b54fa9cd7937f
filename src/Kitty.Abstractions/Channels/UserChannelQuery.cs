namespace Kitty.Abstractions.Channels;

/// <summary>
/// Filters of the channels one user sees (client-sdk.md §5 <c>listChannels</c>): <see cref="Joined"/> true → the
/// channels they are a member of, false → public channels they are not in, null → both. <see cref="Unread"/>
/// keeps channels with a message unread by them; <see cref="Name"/> keeps channels whose name or display name
/// contains it. Direct channels the user hid are left out until a new message unhides them.
/// </summary>
[GenerateSerializer, Immutable, Alias("kitty.user-channel-query")]
public sealed record UserChannelQuery(
    [property: Id(0)] long UserId,
    [property: Id(1)] bool? Joined = null,
    [property: Id(2)] bool Unread = false,
    [property: Id(3)] string? Name = null);
