using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kitty.Client.Wire;

/// <summary>File uploads over HTTP (<c>/rtm/...</c>, multipart, the session token as bearer credential).</summary>
internal sealed class Uploads(HttpClient http, Uri baseUri, Func<Task<string?>> token)
{
    public async Task<T> PostAsync<T>(
        string path, Stream content, string fileName, string contentType,
        string? groupTag, JsonElement? properties, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        if (groupTag is not null) form.Add(new StringContent(groupTag), "groupTag");
        if (properties is { } p) form.Add(new StringContent(p.GetRawText()), "properties");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, path)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token());
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await HttpErrors.ReadAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(KittyJson.Options, cancellationToken)
            ?? throw new KittyClientException(KittyErrorNames.UnknownError, $"The upload to {path} answered nothing.");
    }
}
