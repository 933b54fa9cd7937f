using System.Net;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests;

/// <summary>The runtime and chat function management endpoints (§9.8) over real HTTP.</summary>
[Collection(ServerCollection.Name)]
public sealed class FunctionsApiTests(KittyServerFixture fixture)
{
    private static string CreateBody(string name, string type = "user.sent.message") =>
        $$"""{"type":"{{type}}","name":{{JsonHttp.Quote(name)}},"initializeAsynchronously":false,"description":"d"}""";

    [Fact]
    public async Task Runtime_ShowsDefaults_AndEveryPutReplacesItsPart_AndBumpsTheVersion()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var before = await api.Get("/v1/runtimes/nodejs");

        var withDependencies = await api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/dependencies",
            """[{"name":"ms","version":"^2.1.3","defaultDependency":false}]""");
        var withVariables = await api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/environment-variables",
            """{"CUSTOM_ENV_AWS_REGION":"us-east-1","CHATKITTY_CLIENT_SECRET":"leak"}""");
        var withScript = await api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/initialization-script", """{"script":"const a = 1;"}""");

        Assert.Equal("NODEJS", before["type"]!.GetValue<string>());
        Assert.Contains(before["dependencies"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "chatkitty-platform-sdk" && d["defaultDependency"]!.GetValue<bool>());
        Assert.NotEqual(before["version"]!.GetValue<string>(), withDependencies["version"]!.GetValue<string>());
        Assert.NotEqual(withDependencies["version"]!.GetValue<string>(), withVariables["version"]!.GetValue<string>());
        Assert.Contains(withScript["dependencies"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "ms" && !d["defaultDependency"]!.GetValue<bool>());
        var variables = withScript["environmentVariables"]!.AsObject();
        Assert.Equal("us-east-1", variables["CUSTOM_ENV_AWS_REGION"]!.GetValue<string>());
        Assert.Equal(fixture.Server.Credentials.ClientId, variables["CHATKITTY_CLIENT_ID"]!.GetValue<string>());
        Assert.False(variables.ContainsKey("CHATKITTY_CLIENT_SECRET"));
        Assert.Equal("const a = 1;", withScript["initializationScript"]!["script"]!.GetValue<string>());
        Assert.NotNull(withScript["_links"]!["functions"]);
    }

    [Fact]
    public async Task Function_IsCreatedAtVersionZero_ThenVersionsAreDeployedAndListed()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var function = await api.Post("/v1/runtimes/nodejs/functions", CreateBody(JsonHttp.Unique("fn")));
        var id = function.Id();
        await api.Get($"/v1/functions/{id}/current-version", HttpStatusCode.NotFound);

        var v1 = await api.Post($"/v1/functions/{id}/versions", """{"handlerScript":"async function handleEvent() { return 1; }"}""");
        var v2 = await api.Post($"/v1/functions/{id}/versions", """{"handlerScript":"async function handleEvent() { return 2; }"}""");

        Assert.Equal((0, true, "d"), (function["currentVersionNumber"]!.GetValue<int>(), function["enabled"]!.GetValue<bool>(), function["description"]!.GetValue<string>()));
        Assert.Equal("NODEJS", function["runtime"]!["type"]!.GetValue<string>());
        Assert.Equal((1, 2), (v1["versionNumber"]!.GetValue<int>(), v2["versionNumber"]!.GetValue<int>()));
        Assert.Equal(v2.Id(), (await api.Get($"/v1/functions/{id}/current-version")).Id());
        Assert.Equal(2, (await api.Get($"/v1/functions/{id}"))["currentVersionNumber"]!.GetValue<int>());
        Assert.Equal([v2.Id(), v1.Id()], (await api.Get($"/v1/functions/{id}/versions")).Embedded("versions").Select(v => v!["id"]!.GetValue<long>()));
        Assert.Equal(v1["handlerScript"]!.GetValue<string>(), (await api.Get($"/v1/function-versions/{v1.Id()}"))["handlerScript"]!.GetValue<string>());
        Assert.Contains((await api.Get("/v1/runtimes/nodejs/functions?size=100")).Embedded("functions"), f => f!["id"]!.GetValue<long>() == id);
        var invocations = await api.Get($"/v1/functions/{id}/invocations");
        Assert.Empty(invocations.Embedded("invocations"));
        Assert.Equal(0, invocations["page"]!["totalElements"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("POST", "/v1/runtimes/nodejs/functions", """{"type":"user.did.nothing","name":"x","initializeAsynchronously":false}""", 400)]
    [InlineData("POST", "/v1/runtimes/nodejs/functions", """{"type":"user.sent.message","initializeAsynchronously":false}""", 400)]
    [InlineData("POST", "/v1/runtimes/nodejs/functions", """{"type":"user.sent.message","name":"x"}""", 400)]
    [InlineData("PUT", "/v1/runtimes/nodejs/dependencies", """{"name":"lodash"}""", 400)]
    [InlineData("PUT", "/v1/runtimes/nodejs/dependencies", """[{"name":"Not A Package","version":"1"}]""", 400)]
    [InlineData("PUT", "/v1/runtimes/nodejs/environment-variables", """{"A":1}""", 400)]
    [InlineData("PUT", "/v1/runtimes/nodejs/initialization-script", """{}""", 400)]
    [InlineData("GET", "/v1/functions/1", null, 404)]
    [InlineData("GET", "/v1/functions/1/invocations", null, 404)]
    [InlineData("POST", "/v1/functions/1/versions", """{"handlerScript":"x"}""", 404)]
    [InlineData("GET", "/v1/function-versions/1", null, 404)]
    public async Task BadInput_AndUnknownIds_GetTheirDocumentedErrors(string method, string path, string? body, int status)
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var error = await api.Send(new HttpMethod(method), path, body, (HttpStatusCode)status);
        Assert.Equal(status == 404 ? "ResourceNotFoundError" : "ValidationError", error["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateFunction_WithATakenTriggerAndName_IsADuplicate()
    {
        using var api = await fixture.CreatePlatformClientAsync();
        var name = JsonHttp.Unique("fn");
        await api.Post("/v1/runtimes/nodejs/functions", CreateBody(name));

        var error = await api.Post("/v1/runtimes/nodejs/functions", CreateBody(name), HttpStatusCode.BadRequest);
        await api.Post("/v1/runtimes/nodejs/functions", CreateBody(name, "user.attempted.start_session"));

        Assert.Equal("DuplicateResourceError", error["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
    }
}
