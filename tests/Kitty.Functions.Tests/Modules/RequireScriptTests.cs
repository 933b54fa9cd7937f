using Kitty.Functions.Modules;
using Kitty.Functions.Tests.Support;
using Microsoft.ClearScript.V8;
using static Kitty.Functions.Tests.Support.ScriptEngines;

namespace Kitty.Functions.Tests.Modules;

public sealed class RequireScriptTests : IDisposable
{
    private readonly PackageFolder _folder = new();
    private readonly Lazy<V8ScriptEngine> _engine;

    public RequireScriptTests() =>
        _engine = new(() => WithGlobals(new ScriptHost(new RequireHost(
            new ModuleResolver(new RuntimePackages(_folder.Path, new HashSet<string> { "axios" }), 1024 * 1024)))));

    private V8ScriptEngine Engine => _engine.Value;

    [Fact]
    public async Task Require_LoadsAPackage_WithItsRelativeRequiresJsonAndModuleVariables()
    {
        _folder.With("node_modules/greet/package.json", """{ "main": "lib/greet.js" }""")
            .With("node_modules/greet/lib/greet.js",
                "const words = require('../words.json'); const { bang } = require('./bang');\n" +
                "module.exports = (name) => bang(words.hello + ' ' + name); module.exports.where = [__filename, __dirname];")
            .With("node_modules/greet/lib/bang.js", "exports.bang = (text) => text + '!';")
            .With("node_modules/greet/words.json", """{ "hello": "Hello" }""");

        var result = await RunAsync(Engine, "const greet = require('greet'); return [greet('Kitty'), greet.where];");

        Assert.Equal("""["Hello Kitty!",["/node_modules/greet/lib/greet.js","/node_modules/greet/lib"]]""", result);
    }

    [Fact]
    public async Task AModule_RunsOnce_AndLaterRequiresGetTheCachedExports()
    {
        _folder.With("node_modules/counter/index.js", "globalThis.loads = (globalThis.loads || 0) + 1; module.exports = { n: loads };");

        var result = await RunAsync(Engine, "const a = require('counter'); const b = require('counter'); return [a === b, loads];");

        Assert.Equal("[true,1]", result);
    }

    [Fact]
    public async Task ARequireCycle_SeesThePartialExports_AsInNode()
    {
        _folder.With("node_modules/cycle/index.js", "exports.early = 'a'; const b = require('./b'); exports.fromB = b.sawA;")
            .With("node_modules/cycle/b.js", "exports.sawA = require('./index').early;");

        Assert.Equal("\"a\"", await RunAsync(Engine, "return require('cycle').fromB;"));
    }

    [Fact]
    public async Task AModuleThatThrows_IsNotCached_AndThrowsAgain()
    {
        _folder.With("node_modules/broken/index.js", "globalThis.tries = (globalThis.tries || 0) + 1; throw new Error('broken ' + tries);");

        Assert.Equal("Error: broken 1", await FailureAsync(Engine, "require('broken')"));
        Assert.Equal("Error: broken 2", await FailureAsync(Engine, "require('broken')"));
    }

    [Fact]
    public async Task Builtins_MissingAndDefaultPackages_ThrowErrorsThatSayWhy()
    {
        Assert.Equal("Error: 'fs' is not available in chat functions. [MODULE_NOT_FOUND]", await FailureAsync(Engine, "require('fs')"));
        Assert.Equal("Error: Cannot find module 'nope': it is not a dependency of this runtime. [MODULE_NOT_FOUND]",
            await FailureAsync(Engine, "require('nope')"));
        Assert.StartsWith("Error: 'axios' is one of the runtime's default dependencies", await FailureAsync(Engine, "require('axios')"));
        Assert.Equal("TypeError: The module name must be a string.", await FailureAsync(Engine, "require(42)"));
    }

    [Fact]
    public async Task AModuleWithAShebangLine_Loads_AndKeepsItsLineNumbers()
    {
        _folder.With("node_modules/cli/index.js", "#!/usr/bin/env node\nmodule.exports = new Error('here').stack;");

        Assert.Contains("/node_modules/cli/index.js:2", await RunAsync(Engine, "return require('cli');"));
    }

    [Fact]
    public async Task RequireResolve_GivesTheModulePath()
    {
        _folder.With("node_modules/ms/index.js", "");

        Assert.Equal("\"/node_modules/ms/index.js\"", await RunAsync(Engine, "return require.resolve('ms');"));
    }

    public void Dispose()
    {
        if (_engine.IsValueCreated) _engine.Value.Dispose();
        _folder.Dispose();
    }
}
