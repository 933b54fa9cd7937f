using System.Text.Json;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>The body of <c>POST /v1/channels/{id}/invites</c> (CreateChannelInviteResource).</summary>
public sealed record ChannelInviteRequest(UserReferenceRequest User)
{
    internal static UserReference Parse(JsonElement body) => body.RequiredUserReference("user");
}
