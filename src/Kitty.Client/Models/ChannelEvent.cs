using System.Text.Json;

namespace Kitty.Client.Models;

/// <summary>A custom event triggered in a channel.</summary>
/// <param name="Type">The application-defined event type.</param>
/// <param name="User">Who triggered it, if a user did.</param>
/// <param name="Properties">Free-form event data (a JSON object).</param>
public sealed record ChannelEvent(string Type, User? User, JsonElement Properties);
