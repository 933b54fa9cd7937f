using System.Text.Json;

namespace Kitty.Client.Requests;

/// <summary>Changes to a channel; null fields stay as they are.</summary>
/// <param name="DisplayName">The new display name.</param>
/// <param name="Properties">The new custom properties (a JSON object).</param>
public sealed record ChannelUpdate(string? DisplayName = null, JsonElement? Properties = null);
