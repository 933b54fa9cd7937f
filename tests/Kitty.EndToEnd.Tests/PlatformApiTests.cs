using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kitty.Abstractions.Applications;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.EndToEnd.Tests;

/// <summary>The Platform API over real HTTP: tokens, HAL, tenancy, uploads and the API reference.</summary>
[Collection(ServerCollection.Name)]
public sealed class PlatformApiTests(KittyServerFixture fixture)
{
    private string ClientId => fixture.Server.Credentials.ClientId;
    private string ClientSecret => fixture.Server.Credentials.ClientSecret;

    [Fact]
    public async Task Token_FromMultipartFormWithBasicAuth_AsTheOfficialSdkSendsIt()
    {
        using var client = fixture.CreateAnonymousClient();
        using var form = new MultipartFormDataContent { { new StringContent("client_credentials"), "grant_type" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")));

        using var response = await client.SendAsync(request);
        var token = await response.ReadObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", token["token_type"]!.GetValue<string>());
        Assert.True(token["expires_in"]!.GetValue<long>() > 0);
        Assert.False(string.IsNullOrEmpty(token["access_token"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("username", "password")]
    [InlineData("client_id", "client_secret")]
    public async Task Token_FromFormFields_WithoutBasicAuth(string idField, string secretField)
    {
        using var client = fixture.CreateAnonymousClient();
        using var response = await client.PostAsync("/oauth/token", new FormUrlEncodedContent([
            new("grant_type", "client_credentials"), new(idField, ClientId), new(secretField, ClientSecret)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var api = fixture.CreateAnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.ReadObject())["access_token"]!.GetValue<string>());
        Assert.Equal(fixture.Server.Application.Id, (await api.Get("/v1/application")).Id());
    }

    [Theory]
    [InlineData("application/hal+json", "application/hal+json")]
    [InlineData("application/vnd.hal+json", "application/hal+json")]
    [InlineData("application/json, text/plain, */*", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Responses_AreHalJson_WhenAskedFor(string accept, string contentType)
    {
        using var api = await fixture.CreatePlatformClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/application");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task UserPages_CarryHalMetadataAndLinks()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var prefix = JsonHttp.Unique("paged");
        for (var i = 0; i < 3; i++)
            await api.Post("/v1/users", $$$"""{"name":"{{{prefix}}}-{{{i}}}","displayName":"P{{{i}}}","isGuest":false}""");

        var page = await api.Get("/v1/users?page=1&size=1&sort=createdTime,desc");

        Assert.Equal(1, page["page"]!["size"]!.GetValue<int>());
        Assert.Equal(1, page["page"]!["number"]!.GetValue<int>());
        Assert.True(page["page"]!["totalElements"]!.GetValue<long>() >= 3);
        foreach (var link in new[] { "self", "first", "prev", "next", "last" })
            Assert.StartsWith(fixture.BaseUrl.ToString().TrimEnd('/'), page["_links"]![link]!["href"]!.GetValue<string>());
        Assert.Single(page.Embedded("users"));
    }

    [Fact]
    public async Task AnotherApplicationsIds_AreNotFound()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var user = await api.Post("/v1/users", $$$"""{"name":"{{{JsonHttp.Unique("private")}}}","displayName":"P","isGuest":false}""");
        var channel = await api.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"{{{JsonHttp.Unique("mine")}}}"}""");
        var other = new ApplicationCredentials(JsonHttp.Unique("key"), JsonHttp.Unique("client"), JsonHttp.Unique("secret"));
        var grains = fixture.Server.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IApplicationGrain>(Random.Shared.NextInt64(1, long.MaxValue)).Provision(other);
        using var stranger = fixture.CreateAnonymousClient();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await KittyServerFixture.RequestTokenAsync(stranger, other.ClientId, other.ClientSecret));

        await stranger.Get($"/v1/users/{user.Id()}", HttpStatusCode.NotFound);
        await stranger.Get($"/v1/channels/{channel.Id()}", HttpStatusCode.NotFound);
        await stranger.Post($"/v1/channels/{channel.Id()}/messages", """{"type":"TEXT","body":"intrusion"}""", HttpStatusCode.NotFound);
        Assert.Empty((await stranger.Get("/v1/users")).Embedded("users"));
    }

    [Fact]
    public async Task FileMessages_UploadedAsMultipart_AreServedBackFromTheirUrl()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var user = await api.Post("/v1/users", $$$"""{"name":"{{{JsonHttp.Unique("uploader")}}}","displayName":"U","isGuest":false}""");
        var channel = await api.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":"{{{JsonHttp.Unique("files")}}}","members":[{"id":{{{user.Id()}}}}]}""");
        var content = Encoding.UTF8.GetBytes("hello, file");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "hello.txt");
        form.Add(new StringContent(user["name"]!.GetValue<string>()), "username");
        form.Add(new StringContent("""{"note":"multipart"}"""), "properties");

        using var response = await api.PostAsync($"/v1/channels/{channel.Id()}/messages", form);
        var message = await response.ReadObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FILE", message["type"]!.GetValue<string>());
        Assert.Equal("HOSTED", message["file"]!["type"]!.GetValue<string>());
        Assert.Equal(content.Length, message["file"]!["size"]!.GetValue<long>());
        Assert.Equal("multipart", message["properties"]!["note"]!.GetValue<string>());
        using var download = new HttpClient();
        Assert.Equal(content, await download.GetByteArrayAsync(message["file"]!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheApiReference_AndItsOpenApiDocument_AreServed()
    {
        using var client = fixture.CreateAnonymousClient();

        var document = await client.Get("/openapi/v1.json");
        using var page = await client.GetAsync("/docs/index.html");

        Assert.NotNull(document["paths"]!["/v1/users"]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
