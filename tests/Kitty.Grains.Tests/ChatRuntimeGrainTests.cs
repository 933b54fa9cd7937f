using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Functions;
using Kitty.Testing;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ChatRuntimeGrainTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IChatRuntimeGrain Runtime => Grains.GetGrain<IChatRuntimeGrain>(ApplicationId);

    [Fact]
    public async Task Get_OfAFreshRuntime_HasTheDefaultDependenciesOnly()
    {
        var runtime = await Runtime.Get();

        Assert.Equal((ChatRuntime.NodeJs, "v1", null), (runtime.Type, runtime.Version, runtime.InitializationScript));
        Assert.Equal(["axios", "axios-token-interceptor", "chatkitty-platform-sdk", "qs"], runtime.Dependencies.Select(d => d.Name));
        Assert.All(runtime.Dependencies, d => Assert.True(d.DefaultDependency));
        Assert.Empty(runtime.EnvironmentVariables);
    }

    [SkippableFact]
    public async Task EveryChange_BumpsTheVersion_AndReplacesTheUserDefinedPart()
    {
        SkipWithoutNpm();
        await Runtime.UpdateDependencies([new("ms", "^2.1.3", true), new("axios", "^0.1.0", false)]);
        await Runtime.UpdateEnvironmentVariables(new Dictionary<string, string> { ["REGION"] = "eu", ["CHATKITTY_CLIENT_SECRET"] = "x" });
        var runtime = await Runtime.UpdateInitializationScript("const x = 1;");

        Assert.Equal("v4", runtime.Version);
        Assert.Equal(new ChatRuntimeDependency("ms", "^2.1.3", false), runtime.Dependencies[^1]);
        Assert.Equal(5, runtime.Dependencies.Count);
        Assert.Equal(new Dictionary<string, string> { ["REGION"] = "eu" }, runtime.EnvironmentVariables);
        Assert.Equal("const x = 1;", runtime.InitializationScript);

        runtime = await Runtime.UpdateDependencies([]);
        Assert.Equal(("v5", 4), (runtime.Version, runtime.Dependencies.Count));
    }

    [Fact]
    public async Task InitializationScript_InTypeScript_IsKeptAsWritten_WithItsCompiledJavaScriptBesideIt()
    {
        var runtime = await Runtime.UpdateInitializationScript("const greeting = (name: string): string => `hi ${name}`;\n");

        Assert.Equal("const greeting = (name: string): string => `hi ${name}`;\n", runtime.InitializationScript);
        Assert.Equal("const greeting = (name) => `hi ${name}`;\n", runtime.CompiledInitializationScript);
        Assert.Equal(runtime.CompiledInitializationScript, (await Runtime.Get()).CompiledInitializationScript);

        runtime = await Runtime.UpdateInitializationScript("");
        Assert.Equal((null, null), (runtime.InitializationScript, runtime.CompiledInitializationScript));
    }

    [Fact]
    public async Task InitializationScript_WithASyntaxError_IsRefusedNamingTheLine_AndChangesNothing()
    {
        var refusal = await Assert.ThrowsAsync<KittyException>(() => Runtime.UpdateInitializationScript("const a: number = 1;\nconst b = (;"));

        Assert.Equal(KittyError.ValidationError, refusal.Error);
        Assert.StartsWith("'script' has a syntax error at line 2, column ", refusal.Message);
        Assert.Equal("v1", (await Runtime.Get()).Version);
    }

    [Fact]
    public async Task BadNames_AreRefused_AndChangeNothing()
    {
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Runtime.UpdateDependencies([new("Bad Name", "1", false)])));
        Assert.Equal(KittyError.ValidationError,
            await RefusalOf(() => Runtime.UpdateEnvironmentVariables(new Dictionary<string, string> { ["1-bad"] = "x" })));
        Assert.Equal("v1", (await Runtime.Get()).Version);
    }

    [SkippableFact]
    public async Task APackageNpmCannotFind_IsRefusedWithItsName_AndChangesNothing()
    {
        SkipWithoutNpm();

        var refusal = await Assert.ThrowsAsync<KittyException>(() =>
            Runtime.UpdateDependencies([new("ms", "2.1.3", false), new("kitty-no-such-package-zz9", "1.0.0", false)]));

        Assert.Equal((KittyError.ValidationError, "Package 'kitty-no-such-package-zz9' does not exist in the npm registry."),
            (refusal.Error, refusal.Message));
        var runtime = await Runtime.Get();
        Assert.Equal(("v1", 4), (runtime.Version, runtime.Dependencies.Count));
    }

    [Theory]
    [InlineData("file:../../../etc")]
    [InlineData("git+ssh://git@github.com/vercel/ms.git")]
    [InlineData("https://example.com/ms.tgz")]
    public async Task VersionsThatAreNotRegistryRanges_AreRefused(string version)
    {
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Runtime.UpdateDependencies([new("ms", version, false)])));
        Assert.Equal("v1", (await Runtime.Get()).Version);
    }

    private static void SkipWithoutNpm() => Skip.IfNot(
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "npm"))),
        "npm is not on PATH");
}
