using System.Text.Json;
using Kitty.Abstractions.Messages;
using Kitty.Api.Json;

namespace Kitty.Api.Messages;

/// <summary>The body of <c>PATCH /v1/messages/{id}</c> (MessagePropertiesPatch, a JSON merge-patch).</summary>
public sealed record MessagePatchRequest(string? Body, JsonElement? Properties)
{
    internal static MessagePatch Parse(JsonElement body) =>
        new(body.OptionalString("body", allowEmpty: true), body.OptionalObjectJson("properties"));
}
