using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>A channel: <c>DIRECT</c> (fixed members, no name), <c>PUBLIC</c> or <c>PRIVATE</c> (named groups).</summary>
/// <param name="Id">The channel's id.</param>
/// <param name="Type"><c>DIRECT</c>, <c>PUBLIC</c> or <c>PRIVATE</c>.</param>
/// <param name="Name">The unique name of a group channel.</param>
/// <param name="DisplayName">The shown name of a group channel.</param>
/// <param name="CreatedTime">When the channel was created.</param>
/// <param name="Creator">The user who created it, if a user did.</param>
/// <param name="LastReceivedMessage">The newest message, when the server includes it.</param>
/// <param name="Members">The members of a DIRECT channel.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public sealed record Channel(
    long Id,
    string Type,
    string? Name,
    string? DisplayName,
    DateTimeOffset CreatedTime,
    User? Creator,
    Message? LastReceivedMessage,
    IReadOnlyList<User>? Members,
    JsonElement Properties);
