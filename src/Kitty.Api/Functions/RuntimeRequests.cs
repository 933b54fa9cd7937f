using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Functions;
using Kitty.Api.Json;

namespace Kitty.Api.Functions;

/// <summary>Parses the runtime's PUT bodies and the function creation body.</summary>
internal static class RuntimeRequests
{
    public static IReadOnlyList<ChatRuntimeDependency> Dependencies(JsonElement array) =>
        [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object
            ? new ChatRuntimeDependency(item.RequiredString("name"), item.RequiredString("version"), item.OptionalBool("defaultDependency") ?? false)
            : throw KittyException.Invalid("Each dependency must be an object {name, version, defaultDependency}"))];

    public static IReadOnlyDictionary<string, string> EnvironmentVariables(JsonElement body) =>
        body.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw KittyException.Invalid($"'{p.Name}' must be a string"),
            StringComparer.Ordinal);

    public static CreateChatFunction CreateFunction(JsonElement body, long applicationId)
    {
        var type = body.RequiredString("type");
        var name = body.RequiredString("name");
        var initializeAsynchronously = body.RequiredBool("initializeAsynchronously");
        return new CreateChatFunction(applicationId, type, name, body.OptionalString("description", allowEmpty: true), initializeAsynchronously);
    }
}
