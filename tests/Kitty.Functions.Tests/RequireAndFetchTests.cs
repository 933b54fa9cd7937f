using System.Net;
using System.Text;
using Kitty.Functions.Modules;
using Kitty.Functions.Tests.Support;
using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

/// <summary>require and fetch as functions see them, through the runner's warm engines.</summary>
public sealed class RequireAndFetchTests : IAsyncLifetime
{
    private readonly PackageFolder _packages = new PackageFolder()
        .With("node_modules/shout/package.json", """{ "main": "shout.js" }""")
        .With("node_modules/shout/shout.js", "globalThis.shoutLoads = (globalThis.shoutLoads || 0) + 1; module.exports = (s) => s.toUpperCase() + '!';");

    private readonly LocalHttpServer _server = new(async context =>
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "weather": "sunny" }""");
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
    });

    private readonly FunctionRunner _runner = Runner();

    private FunctionRuntimeSettings WithPackages(string? initializationScript = null) =>
        Runtime(initializationScript: initializationScript) with
        {
            Packages = new RuntimePackages(_packages.Path, new HashSet<string> { "axios" }),
        };

    [Fact]
    public async Task AFunction_RequiresAnInstalledPackage_LoadedOncePerEngine()
    {
        const string script = "const shout = require('shout'); function handleEvent(e) { return [shout(e.text), shoutLoads]; }";

        var first = await _runner.RunAsync(Invocation(script, """{ "text": "hi" }""", WithPackages(), versionId: "v1"));
        var second = await _runner.RunAsync(Invocation(script.Replace("hi", "x"), """{ "text": "again" }""", WithPackages(), versionId: "v2"));

        Assert.Equal("""["HI!",1]""", first.ResultJson);
        Assert.Equal("""["AGAIN!",1]""", second.ResultJson);
    }

    [Fact]
    public async Task TheInitializationScript_CanRequireToo()
    {
        var runtime = WithPackages("globalThis.greet = require('shout')('hello');");

        var result = await _runner.RunAsync(Invocation("function handleEvent() { return greet; }", runtime: runtime));

        Assert.Equal("\"HELLO!\"", result.ResultJson);
    }

    [Theory]
    [InlineData("fs", "'fs' is not available in chat functions.")]
    [InlineData("axios", "'axios' is one of the runtime's default dependencies")]
    [InlineData("left-pad", "Cannot find module 'left-pad': it is not a dependency of this runtime.")]
    public async Task RequiringWhatIsNotThere_FailsTheInvocationWithAClearMessage(string request, string message)
    {
        var result = await _runner.RunAsync(Invocation($"function handleEvent() {{ return require('{request}'); }}", runtime: WithPackages()));

        Assert.Equal(FunctionFailureKind.ScriptError, result.Failure?.Kind);
        Assert.Contains(message, result.Failure!.Message);
    }

    [Fact]
    public async Task WithoutInstalledPackages_RequireSaysSo()
    {
        var result = await _runner.RunAsync(Invocation("function handleEvent() { return require('shout'); }"));

        Assert.Contains("this runtime has no installed dependencies", result.Failure?.Message);
    }

    [Fact]
    public async Task AFunction_FetchesFromAnOutsideService()
    {
        var script = $$"""
            async function handleEvent() {
              const response = await fetch('{{_server.BaseUrl}}weather', { headers: { Accept: 'application/json' } });
              return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
            }
            """;

        var result = await _runner.RunAsync(Invocation(script));

        Assert.Equal("""{"status":200,"type":"application/json","body":{"weather":"sunny"}}""", result.ResultJson);
    }

    [Fact]
    public async Task AFunction_CannotFetchTheCloudMetadataService()
    {
        var result = await _runner.RunAsync(Invocation(
            "async function handleEvent() { try { await fetch('http://169.254.169.254/latest/'); } catch (e) { return e.name + ': ' + e.message; } }"));

        Assert.Equal("\"TypeError: fetch of 'http://169.254.169.254/latest/' was refused: '169.254.169.254' is a link-local or cloud metadata address, which chat functions may not reach.\"",
            result.ResultJson);
    }

    [Fact]
    public async Task TheHostBridge_StaysHidden_BehindRequireAndFetch()
    {
        var result = await _runner.RunAsync(Invocation(
            "function handleEvent() { return [typeof bridge, Object.keys(require), typeof fetch.host, typeof require.constructor('return this')().bridge]; }"));

        Assert.Equal("""["undefined",["resolve"],"undefined","undefined"]""", result.ResultJson);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _runner.Dispose();
        _packages.Dispose();
        await _server.DisposeAsync();
    }
}
