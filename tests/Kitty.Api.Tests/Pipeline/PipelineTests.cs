using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kitty.Api.Tests.Pipeline;

public sealed class PipelineTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    private HttpClient Client => host.Client;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.Token());
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await Client.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static StringContent Body(string json, string contentType = "application/json") => new(json, Encoding.UTF8, contentType);

    [Fact]
    public async Task Token_WithBasicCredentials_IsIssued()
    {
        using var content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", ApiHostFixture.ClientId), new("client_secret", ApiHostFixture.ClientSecret)]);

        using var response = await Client.PostAsync("/oauth/token", content);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(12 * 3600, body.GetProperty("expires_in").GetInt64());
    }

    [Fact]
    public async Task Token_WithWrongSecret_IsBadCredentials()
    {
        using var content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("username", ApiHostFixture.ClientId), new("password", "nope")]);

        using var response = await Client.PostAsync("/oauth/token", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":"unauthorized","error_description":"Bad credentials"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_WithOtherGrant_IsUnsupported()
    {
        using var content = new FormUrlEncodedContent([new("grant_type", "password"), new("client_id", ApiHostFixture.ClientId), new("client_secret", ApiHostFixture.ClientSecret)]);

        using var response = await Client.PostAsync("/oauth/token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task V1_WithoutToken_NeedsFullAuthentication()
    {
        using var response = await Client.GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Full authentication is required to access this resource", (await Json(response)).GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task V1_WithForgedToken_IsAnInvalidToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "d4327889-26a8-49ac-997c-56d8b1bcb09c");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_token", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task GetUser_AsksForHal_GetsHalWithAbsoluteLinks()
    {
        using var response = await Send(HttpMethod.Get, "/v1/users/1", accept: "application/hal+json");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/hal+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Client.BaseAddress!.ToString().TrimEnd('/')}/v1/users/1", body.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
    }

    [Fact]
    public async Task ListUsers_IsAPagedModel()
    {
        using var response = await Send(HttpMethod.Get, "/v1/users?size=0&page=-2", accept: "application/json, text/plain, */*");
        var body = await Json(response);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("jane", body.GetProperty("_embedded").GetProperty("users")[0].GetProperty("name").GetString());
        Assert.Equal(25, body.GetProperty("page").GetProperty("size").GetInt32());
    }

    [Theory]
    [InlineData("/v1/users/abc", HttpStatusCode.NotFound, "ResourceNotFoundError")]
    [InlineData("/v1/users/2", HttpStatusCode.NotFound, "ResourceNotFoundError")]
    [InlineData("/v1/nothing-here", HttpStatusCode.NotFound, "ResourceNotFoundError")]
    [InlineData("/v1/users?sort=password", HttpStatusCode.BadRequest, "ValidationError")]
    [InlineData("/v1/users/1/messages?unread=maybe", HttpStatusCode.BadRequest, "ClientError")]
    public async Task BadReads_AreApiErrors(string path, HttpStatusCode status, string error)
    {
        using var response = await Send(HttpMethod.Get, path);
        var body = await Json(response);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.True(body.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task CreateUser_MalformedJson_IsAValidationError()
    {
        using var response = await Send(HttpMethod.Post, "/v1/users", Body("{\"name\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationError", (await Json(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task CreateUser_ValidBody_IsOk()
    {
        using var response = await Send(HttpMethod.Post, "/v1/users", Body("""{"name":"john","displayName":"John","isGuest":false}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("john", (await Json(response)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task PatchUser_WithTextPlain_IsAnUnsupportedMediaType()
    {
        using var response = await Send(HttpMethod.Patch, "/v1/users/1", Body("{}", "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaTypeError", (await Json(response)).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("application/json+merge-patch")]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/json")]
    public async Task PatchUser_AcceptsEveryMergePatchSpelling(string contentType)
    {
        using var response = await Send(HttpMethod.Patch, "/v1/users/1", Body("{\"displayName\":5}", contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'displayName' must be a string", (await Json(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task CreateUser_WithoutContentType_IsReadAsJson()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"john","displayName":"John","isGuest":false}"""));

        using var response = await Send(HttpMethod.Post, "/v1/users", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_IsPayloadTooLarge()
    {
        var json = "{\"name\":\"" + new string('x', (int)ApiHostFixture.MaxBody) + "\"}";

        using var response = await Send(HttpMethod.Post, "/v1/users", Body(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLargeError", (await Json(response)).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("jane", HttpStatusCode.OK)]
    [InlineData("nobody", HttpStatusCode.NotFound)]
    public async Task HeadUsers_TellsWhetherTheNameExists(string name, HttpStatusCode status)
    {
        using var response = await Send(HttpMethod.Head, $"/v1/users?name={name}");

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task UnhandledFailure_IsABare500()
    {
        using var response = await Send(HttpMethod.Get, "/v1/application/settings");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("InternalServerError", body.GetProperty("error").GetString());
        Assert.DoesNotContain("NotImplemented", body.ToString());
    }

    [Fact]
    public async Task SendMessage_JsonTextWithUser_IsAUserTextMessage()
    {
        using var response = await Send(HttpMethod.Post, "/v1/channels/702/messages",
            Body("""{"type":"TEXT","body":"hello","user":{"username":"jane"},"properties":{"a":1}}"""));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TEXT", body.GetProperty("type").GetString());
        Assert.Equal("jane", body.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(1, body.GetProperty("properties").GetProperty("a").GetInt32());
        Assert.Equal("2024-05-06T07:08:09.123Z", body.GetProperty("createdTime").GetString());
    }

    [Fact]
    public async Task SendMessage_MultipartFile_IsStoredAndRenderedWithAnAbsoluteUrl()
    {
        var file = new ByteArrayContent([1, 2, 3, 4]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent
        {
            { file, "file", "cat.png" },
            { new StringContent("jane"), "username" },
            { new StringContent("""{"x":true}"""), "properties" },
        };

        using var response = await Send(HttpMethod.Post, "/v1/channels/702/messages", form);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FILE", body.GetProperty("type").GetString());
        Assert.Equal($"{Client.BaseAddress!.ToString().TrimEnd('/')}/files/9/77/tok/cat.png", body.GetProperty("file").GetProperty("url").GetString());
        Assert.Equal(4, body.GetProperty("file").GetProperty("size").GetInt64());
        Assert.False(body.TryGetProperty("body", out _));
    }

    [Fact]
    public async Task SendMessage_MultipartWithoutFile_IsAValidationError()
    {
        using var form = new MultipartFormDataContent { { new StringContent("jane"), "username" } };

        using var response = await Send(HttpMethod.Post, "/v1/channels/702/messages", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", (await Json(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task SendMessage_ToUnknownChannel_IsNotFound()
    {
        using var response = await Send(HttpMethod.Post, "/v1/channels/1/messages", Body("""{"type":"TEXT","body":"hello"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var response = await Client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kitty Platform API", text);
        Assert.Contains("/v1/channels/{id}/messages", text);
        Assert.Contains("/oauth/token", text);
    }

    [Fact]
    public async Task ApiReference_IsServedWithoutAToken()
    {
        using var response = await Client.GetAsync("/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Avatar_IsAnSvg()
    {
        using var response = await Client.GetAsync("/avatars/1.svg?initial=J");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(">J</text>", await response.Content.ReadAsStringAsync());
    }
}
