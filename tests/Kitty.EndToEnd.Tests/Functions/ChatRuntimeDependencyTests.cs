using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// The chat runtime on a real server with real npm: a dependency saved through the Platform API is installed and
/// required by a function, which also sees the initialization script and the environment variables. Its own server,
/// since it changes the application's runtime.
/// </summary>
public sealed class ChatRuntimeDependencyTests : IAsyncLifetime
{
    // Creates the user, named after what the runtime offers, so the session's answer shows it.
    private const string StartSessionScript = """
        async function handleEvent(event, context) {
          const ms = require('ms');
          await context.getUserApi().createUser({
            name: event.username,
            displayName: [ms('2 days'), ms(60000), process.env.FAVOURITE_ANIMAL, startedBy].join(' '),
          });
          return true;
        }
        """;

    private FunctionServer? _server;

    private FunctionServer Server => _server!;
    private HttpClient Api => Server.Api;
    private string RuntimesFolder => Path.Combine(Server.Server.DataDirectory, "runtimes", Server.Server.Application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task InitializeAsync()
    {
        _server = await FunctionServer.StartAsync();
        await Server.DisableGuests();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task ASavedDependency_IsInstalledWithNpm_AndRequiredByAFunction_WithTheInitializationScriptAndVariables()
    {
        Skip.IfNot(NodeTool.IsOnPath("npm"), "npm is not on PATH");
        var installing = Stopwatch.StartNew();
        var saved = await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/dependencies", """[{"name":"ms","version":"2.1.3","defaultDependency":false}]""");
        installing.Stop();
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/environment-variables", """{"FAVOURITE_ANIMAL":"cat"}""");
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/initialization-script", """{"script":"globalThis.startedBy = 'init';"}""");
        await Server.Deploy("user.attempted.start_session", StartSessionScript);

        var (status, body) = await StartSession(JsonHttp.Unique("fan"));

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("172800000 1m cat init", body["user"]!["displayName"]!.GetValue<string>());
        Assert.Contains(saved["dependencies"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "ms" && !d["defaultDependency"]!.GetValue<bool>());
        Assert.True(File.Exists(Path.Combine(Assert.Single(Directory.GetDirectories(RuntimesFolder)), "node_modules", "ms", "index.js")));
        Assert.InRange(installing.Elapsed, TimeSpan.Zero, TimeSpan.FromMinutes(2));
    }

    [SkippableFact]
    public async Task APackageThatDoesNotExist_IsRefusedWithADocumentedError_AndTheRuntimeIsUnchanged()
    {
        Skip.IfNot(NodeTool.IsOnPath("npm"), "npm is not on PATH");
        var before = await Api.Get("/v1/runtimes/nodejs");

        var refusal = await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/dependencies",
            """[{"name":"kitty-no-such-package-zz9","version":"1.0.0","defaultDependency":false}]""", HttpStatusCode.BadRequest);

        Assert.Equal("ValidationError", refusal["error"]!.GetValue<string>());
        Assert.Equal("Package 'kitty-no-such-package-zz9' does not exist in the npm registry.", refusal["message"]!.GetValue<string>());
        Assert.NotNull(refusal["timestamp"]);
        Assert.Equal(before.ToJsonString(), (await Api.Get("/v1/runtimes/nodejs")).ToJsonString());
    }

    [SkippableFact]
    public async Task ANodeWithoutTheRuntimesFolder_InstallsItOnFirstUse()
    {
        Skip.IfNot(NodeTool.IsOnPath("npm"), "npm is not on PATH");
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/dependencies", """[{"name":"ms","version":"2.1.3","defaultDependency":false}]""");
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/initialization-script", """{"script":"globalThis.startedBy = 'init';"}""");
        Directory.Delete(RuntimesFolder, recursive: true);
        // A new runtime version, so no warm engine of the old one (with ms already loaded) serves the session.
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/environment-variables", """{"FAVOURITE_ANIMAL":"owl"}""");
        await Server.Deploy("user.attempted.start_session", StartSessionScript);

        var (status, body) = await StartSession(JsonHttp.Unique("fan"));

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("172800000 1m owl init", body["user"]!["displayName"]!.GetValue<string>());
        Assert.Single(Directory.GetDirectories(RuntimesFolder));
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> StartSession(string username) =>
        Server.StartSession(username, new { password = "any" });
}
