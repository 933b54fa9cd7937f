using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests;

/// <summary>Small helpers that keep HTTP tests about behaviour rather than plumbing.</summary>
public static class JsonHttp
{
    public static StringContent Json(string json, string contentType = "application/json") =>
        new(json, Encoding.UTF8, new MediaTypeHeaderValue(contentType) { CharSet = null });

    public static async Task<JsonObject> ReadObject(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject
        ?? throw new InvalidOperationException("The response is not a JSON object.");

    public static async Task<JsonObject> Send(this HttpClient client, HttpMethod method, string path, string? json = null,
        HttpStatusCode expected = HttpStatusCode.OK, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = Json(json, contentType);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new Xunit.Sdk.XunitException($"{method} {path} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }

    public static Task<JsonObject> Get(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.Send(HttpMethod.Get, path, null, expected);

    public static Task<JsonObject> Post(this HttpClient client, string path, string json, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.Send(HttpMethod.Post, path, json, expected);

    public static long Id(this JsonObject resource) => resource["id"]!.GetValue<long>();

    public static JsonArray Embedded(this JsonObject page, string key) =>
        page["_embedded"]?[key] as JsonArray ?? [];

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static string Quote(string value) => JsonSerializer.Serialize(value);
}
