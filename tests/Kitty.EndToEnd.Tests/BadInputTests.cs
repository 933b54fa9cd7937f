using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests;

/// <summary>
/// Bad input across the Platform API: every case gets its documented 4xx error body, never a 5xx, and
/// nothing stored before is changed.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BadInputTests(KittyServerFixture fixture) : IAsyncLifetime
{
    private HttpClient _api = null!;
    private long _user, _channel, _direct, _message;

    public async Task InitializeAsync()
    {
        _api = await fixture.CreatePlatformClientAsync();
        var jane = await _api.Post("/v1/users", $$$"""{"name":{{{JsonHttp.Quote(JsonHttp.Unique("jane"))}}},"displayName":"Jane","isGuest":false,"properties":{"keep":"me"}}""");
        var john = await _api.Post("/v1/users", $$$"""{"name":{{{JsonHttp.Quote(JsonHttp.Unique("john"))}}},"displayName":"John","isGuest":false}""");
        _user = jane.Id();
        _channel = (await _api.Post("/v1/channels", $$$"""{"type":"PUBLIC","name":{{{JsonHttp.Quote(JsonHttp.Unique("room"))}}},"members":[{"id":{{{_user}}}}]}""")).Id();
        _direct = (await _api.Post("/v1/channels", $$$"""{"type":"DIRECT","members":[{"id":{{{_user}}}},{"id":{{{john.Id()}}}}]}""")).Id();
        _message = (await _api.Post($"/v1/channels/{_channel}/messages", $$$"""{"type":"TEXT","body":"original","user":{"id":{{{_user}}}}}""")).Id();
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, string?, int, string> Cases => new()
    {
        // method, path, JSON body, status, error
        { "POST", "/v1/users", """{"name":""", 400, "ValidationError" },
        { "POST", "/v1/users", "[]", 400, "ValidationError" },
        { "POST", "/v1/users", """{"displayName":"No Name","isGuest":false}""", 400, "ValidationError" },
        { "POST", "/v1/users", """{"name":42,"displayName":"x","isGuest":false}""", 400, "ValidationError" },
        { "POST", "/v1/users", """{"name":"x-typed","displayName":"x","isGuest":"yes"}""", 400, "ValidationError" },
        { "POST", "/v1/users", """{"name":"x-props","displayName":"x","isGuest":false,"properties":"nope"}""", 400, "ValidationError" },
        { "GET", "/v1/users/not-a-number", null, 404, "ResourceNotFoundError" },
        { "GET", "/v1/users/1", null, 404, "ResourceNotFoundError" },
        { "GET", "/v1/users?sort=shoeSize,asc", null, 400, "ValidationError" },
        { "PATCH", "/v1/users/{user}", """{"displayName":5}""", 400, "ValidationError" },
        { "PATCH", "/v1/users/{user}", """{"properties":[1,2]}""", 400, "ValidationError" },
        { "PUT", "/v1/users/{user}/secrets/pin", """{"nothing":1}""", 400, "ValidationError" },
        { "PUT", "/v1/application/settings", """{"guestUsers":"MAYBE","userCreatedChannels":"ENABLED"}""", 400, "ValidationError" },
        { "PUT", "/v1/application/settings", """{"guestUsers":"ENABLED"}""", 400, "ValidationError" },
        { "POST", "/v1/channels", """{"type":"GROUP","name":"x"}""", 400, "ValidationError" },
        { "POST", "/v1/channels", """{"name":"typeless"}""", 400, "ValidationError" },
        { "POST", "/v1/channels", """{"type":"DIRECT","members":[]}""", 400, "ValidationError" },
        { "POST", "/v1/channels", """{"type":"PUBLIC","members":[{"username":"ghost-of-nobody"}]}""", 404, "ResourceNotFoundError" },
        { "GET", "/v1/channels?type=GROUP", null, 400, "ValidationError" },
        { "GET", "/v1/channels?startTime=yesterday", null, 400, "ValidationError" },
        { "GET", "/v1/channels/1", null, 404, "ResourceNotFoundError" },
        { "PATCH", "/v1/channels/{channel}", """{"displayName":["a"]}""", 400, "ValidationError" },
        { "POST", "/v1/channels/{channel}/members", "{}", 400, "ValidationError" },
        { "POST", "/v1/channels/{channel}/members", """{"id":1}""", 404, "ResourceNotFoundError" },
        { "POST", "/v1/channels/{direct}/members", """{"id":{user}}""", 400, "InvalidOperationError" },
        { "POST", "/v1/channels/{direct}/moderators", """{"id":{user}}""", 400, "CannotAddModeratorToChannelError" },
        { "POST", "/v1/channels/{direct}/invites", """{"user":{"id":{user}}}""", 400, "ChannelNotInvitableError" },
        { "POST", "/v1/channels/{channel}/messages", """{"type":"VIDEO","body":"x"}""", 400, "ValidationError" },
        { "POST", "/v1/channels/{channel}/messages", """{"type":"TEXT"}""", 400, "ValidationError" },
        { "POST", "/v1/channels/{channel}/messages", """{"type":"FILE","file":{"name":"a.png"}}""", 400, "ValidationError" },
        { "POST", "/v1/channels/{channel}/messages", """{"type":"TEXT","body":"hi","user":{"id":1}}""", 404, "ResourceNotFoundError" },
        { "POST", "/v1/channels/1/messages", """{"type":"TEXT","body":"nowhere"}""", 404, "ResourceNotFoundError" },
        { "GET", "/v1/channels/{channel}/messages?relation=SIDEWAYS", null, 400, "ValidationError" },
        { "GET", "/v1/channels/{channel}/messages?next=abc", null, 400, "ValidationError" },
        { "PATCH", "/v1/messages/{message}", """{"body":17}""", 400, "ValidationError" },
        { "GET", "/v1/messages/1", null, 404, "ResourceNotFoundError" },
        { "GET", "/v1/threads/1", null, 404, "ResourceNotFoundError" },
        { "GET", "/v1/user-sessions?state=SLEEPING", null, 400, "ValidationError" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_GetsItsDocumentedError(string method, string path, string? body, int status, string error)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (body is not null)
            request.Content = JsonHttp.Json(Fill(body), method == "PATCH" ? "application/json+merge-patch" : "application/json");

        using var response = await _api.SendAsync(request);
        var answer = await response.ReadObject();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(error, answer["error"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(answer["message"]?.GetValue<string>()));
        Assert.True(DateTimeOffset.TryParse(answer["timestamp"]?.GetValue<string>(), out _));
        await AssertNothingChanged();
    }

    [Fact]
    public async Task AnOversizeBody_IsRefusedWith413()
    {
        var huge = new string('x', 2 * 1024 * 1024);
        using var response = await _api.PostAsync("/v1/users", JsonHttp.Json($$$"""{"name":"{{{huge}}}","displayName":"x","isGuest":false}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLargeError", (await response.ReadObject())["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWrongContentType_IsAClientError()
    {
        using var response = await _api.PostAsync("/v1/users", new StringContent("name=jane", System.Text.Encoding.UTF8, "text/plain"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.NotNull((await response.ReadObject())["error"]);
    }

    [Theory]
    [InlineData(null, "unauthorized")]
    [InlineData("not-a-token", "invalid_token")]
    [InlineData("eyJhbGciOi.forged.token", "invalid_token")]
    public async Task CallsWithoutAValidToken_AreUnauthorized(string? token, string error)
    {
        using var client = fixture.CreateAnonymousClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/v1/users");
        var answer = await response.ReadObject();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(error, answer["error"]!.GetValue<string>());
        Assert.NotNull(answer["error_description"]);
    }

    [Fact]
    public async Task TokenRequests_WithBadCredentials_AreUnauthorized()
    {
        using var client = fixture.CreateAnonymousClient();

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() =>
            KittyServerFixture.RequestTokenAsync(client, fixture.Server.Credentials.ClientId, "wrong-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
    }

    [Fact]
    public async Task TokenRequests_WithAnotherGrantType_AreRefused()
    {
        using var client = fixture.CreateAnonymousClient();
        using var response = await client.PostAsync("/oauth/token", new FormUrlEncodedContent([
            new("grant_type", "password"), new("client_id", fixture.Server.Credentials.ClientId),
            new("client_secret", fixture.Server.Credentials.ClientSecret)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.ReadObject())["error"]!.GetValue<string>());
    }

    private string Fill(string text) => text
        .Replace("{user}", _user.ToString())
        .Replace("{channel}", _channel.ToString())
        .Replace("{direct}", _direct.ToString())
        .Replace("{message}", _message.ToString());

    private async Task AssertNothingChanged()
    {
        var user = await _api.Get($"/v1/users/{_user}");
        Assert.Equal("Jane", user["displayName"]!.GetValue<string>());
        Assert.Equal("""{"keep":"me"}""", user["properties"]!.ToJsonString());
        var message = await _api.Get($"/v1/messages/{_message}");
        Assert.Equal("original", message["body"]!.GetValue<string>());
        var members = await _api.Get($"/v1/channels/{_channel}/members");
        Assert.Equal(_user, Assert.Single(members.Embedded("users"))!.AsObject().Id());
        Assert.Equal("ENABLED", (await _api.Get("/v1/application/settings"))["guestUsers"]!.GetValue<string>());
    }
}
