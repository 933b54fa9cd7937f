using System.Text.Json;
using Kitty.Abstractions.Errors;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Json;

/// <summary>Reads a request body as a JSON object, refusing malformed JSON and non-objects with a ValidationError.</summary>
internal static class JsonBody
{
    public static async Task<JsonElement> ReadObject(HttpRequest request, bool mergePatch = false) =>
        RequireObject(await Read(request, mergePatch), "The request body");

    /// <summary>Reads a request body that must be a JSON array.</summary>
    public static async Task<JsonElement> ReadArray(HttpRequest request)
    {
        var root = await Read(request, mergePatch: false);
        return root.ValueKind == JsonValueKind.Array ? root : throw KittyException.Invalid("The request body must be a JSON array");
    }

    private static async Task<JsonElement> Read(HttpRequest request, bool mergePatch)
    {
        if (mergePatch)
        {
            RequestContentTypes.RequireMergePatch(request.ContentType);
        }
        else
        {
            RequestContentTypes.RequireJson(request.ContentType);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw KittyException.Invalid(MalformedMessage(exception));
        }
    }

    /// <summary>Parses JSON text that must be an object (for tests and form fields).</summary>
    public static JsonElement ParseObject(string json, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return RequireObject(document.RootElement, what);
        }
        catch (JsonException exception)
        {
            throw KittyException.Invalid(MalformedMessage(exception));
        }
    }

    private static JsonElement RequireObject(JsonElement root, string what) =>
        root.ValueKind == JsonValueKind.Object
            ? root.Clone()
            : throw KittyException.Invalid($"{what} must be a JSON object");

    private static string MalformedMessage(JsonException exception) =>
        exception.LineNumber is { } line
            ? $"Malformed JSON at line {line + 1}, position {exception.BytePositionInLine + 1}"
            : "Malformed JSON";
}
