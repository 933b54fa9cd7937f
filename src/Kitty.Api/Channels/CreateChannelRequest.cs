using System.Text.Json;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>
/// The body of <c>POST /v1/channels</c> (CreateChannelResource, discriminated by <c>type</c>). DIRECT needs
/// <c>members</c>; PUBLIC and PRIVATE may name the channel.
/// </summary>
public sealed record CreateChannelRequest(
    string Type,
    UserReferenceRequest? Creator,
    IReadOnlyList<UserReferenceRequest>? Members,
    JsonElement? Properties,
    string? Name,
    string? DisplayName)
{
    internal static CreateChannel Parse(JsonElement body, long applicationId)
    {
        var type = body.RequiredEnum<ChannelType>("type");
        var members = ParseMembers(body);
        if (type == ChannelType.DIRECT && members.Count == 0)
        {
            throw KittyException.Invalid("'members' is required for a DIRECT channel");
        }

        var direct = type == ChannelType.DIRECT;
        return new CreateChannel(
            applicationId,
            type,
            direct ? null : body.OptionalString("name"),
            direct ? null : body.OptionalString("displayName"),
            body.OptionalUserReference("creator"),
            members,
            body.OptionalObjectJson("properties") ?? "{}");
    }

    private static List<UserReference> ParseMembers(JsonElement body)
    {
        if (!body.TryGetProperty("members", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw KittyException.Invalid("'members' must be an array of user references");
        }

        var members = new List<UserReference>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var member = JsonFields.UserReference(item, $"members[{index++}]");
            if (!members.Contains(member))
            {
                members.Add(member);
            }
        }

        return members;
    }
}
