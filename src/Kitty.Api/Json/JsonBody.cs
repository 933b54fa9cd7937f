using System.Text.Json;
using Kitty.Abstractions.Errors;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Json;

/// <summary>Reads a request body as a JSON object, refusing malformed JSON and non-objects with a ValidationError.</summary>
internal static class JsonBody
{
    public static async Task<JsonElement> ReadObject(HttpRequest request, bool mergePatch = false)
    {
        if (mergePatch)
        {
            RequestContentTypes.RequireMergePatch(request.ContentType);
        }
        else
        {
            RequestContentTypes.RequireJson(request.ContentType);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            throw KittyException.Invalid(MalformedMessage(exception));
        }

        using (document)
        {
            return RequireObject(document.RootElement, "The request body");
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
