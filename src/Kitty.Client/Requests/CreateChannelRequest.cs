using System.Text.Json;

namespace Kitty.Client.Requests;

/// <summary>A channel to create. The creator becomes a member.</summary>
/// <param name="Type"><c>DIRECT</c>, <c>PUBLIC</c> or <c>PRIVATE</c>.</param>
/// <param name="Name">The unique name of a group channel (generated when absent).</param>
/// <param name="DisplayName">The shown name of a group channel.</param>
/// <param name="Members">Other members; a DIRECT channel needs at least one.</param>
/// <param name="Properties">Free-form custom properties (a JSON object).</param>
public sealed record CreateChannelRequest(
    string Type,
    string? Name = null,
    string? DisplayName = null,
    IReadOnlyList<UserRef>? Members = null,
    JsonElement? Properties = null);
