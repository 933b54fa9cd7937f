using Kitty.Functions.Modules;
using Kitty.Functions.Tests.Support;

namespace Kitty.Functions.Tests.Modules;

public sealed class ModuleResolverTests : IDisposable
{
    private readonly PackageFolder _folder = new();

    private ModuleResolver Resolver(long maxModuleBytes = 1024 * 1024, params string[] listedOnly) =>
        new(new RuntimePackages(_folder.Path, new HashSet<string>(listedOnly)), maxModuleBytes);

    [Fact]
    public void APackage_ResolvesToItsMain_WithTheExtensionAdded()
    {
        _folder.With("node_modules/ms/package.json", """{ "name": "ms", "main": "./index" }""")
            .With("node_modules/ms/index.js", "module.exports = 1;");

        Assert.Equal("/node_modules/ms/index.js", Resolver().Resolve("ms", null));
    }

    [Fact]
    public void APackageWithoutMain_ResolvesToIndexJs_AndAScopedOneToo()
    {
        _folder.With("node_modules/plain/index.js", "").With("node_modules/@scope/tool/lib/index.js", "")
            .With("node_modules/@scope/tool/package.json", """{ "main": "lib" }""");

        Assert.Equal("/node_modules/plain/index.js", Resolver().Resolve("plain", null));
        Assert.Equal("/node_modules/@scope/tool/lib/index.js", Resolver().Resolve("@scope/tool", null));
    }

    [Fact]
    public void Exports_AreFollowed_WithTheRequireConditionBeforeDefault_AndWinOverMain()
    {
        _folder.With("node_modules/str/package.json", """{ "main": "main.js", "exports": "./lib/str.js" }""")
            .With("node_modules/str/lib/str.js", "")
            .With("node_modules/cond/package.json", """{ "exports": { ".": { "import": "./esm.mjs", "require": "./cjs.js", "default": "./any.js" }, "./extra": { "default": "./extra.js" } } }""")
            .With("node_modules/cond/cjs.js", "").With("node_modules/cond/extra.js", "");

        Assert.Equal("/node_modules/str/lib/str.js", Resolver().Resolve("str", null));
        Assert.Equal("/node_modules/cond/cjs.js", Resolver().Resolve("cond", null));
        Assert.Equal("/node_modules/cond/extra.js", Resolver().Resolve("cond/extra", null));
        Assert.Contains("'./hidden' is not exported by 'cond'", Refusal(() => Resolver().Resolve("cond/hidden", null)));
    }

    [Fact]
    public void RelativeRequiresInsideAPackage_TryJsJsonAndIndex()
    {
        _folder.With("node_modules/pkg/index.js", "").With("node_modules/pkg/lib/util.js", "")
            .With("node_modules/pkg/data.json", "{}").With("node_modules/pkg/helpers/index.js", "");
        const string parent = "/node_modules/pkg/lib/util.js";

        Assert.Equal("/node_modules/pkg/index.js", Resolver().Resolve("../index", parent));
        Assert.Equal("/node_modules/pkg/data.json", Resolver().Resolve("../data", parent));
        Assert.Equal("/node_modules/pkg/helpers/index.js", Resolver().Resolve("../helpers", parent));
        Assert.Equal("/node_modules/pkg/lib/util.js", Resolver().Resolve("./util.js", parent));
    }

    [Fact]
    public void APackagesOwnNestedDependency_WinsOverTheHoistedOne()
    {
        _folder.With("node_modules/a/index.js", "").With("node_modules/a/node_modules/b/index.js", "")
            .With("node_modules/b/index.js", "").With("node_modules/c/index.js", "");

        Assert.Equal("/node_modules/a/node_modules/b/index.js", Resolver().Resolve("b", "/node_modules/a/index.js"));
        Assert.Equal("/node_modules/b/index.js", Resolver().Resolve("b", "/node_modules/c/index.js"));
        Assert.Equal("/node_modules/b/index.js", Resolver().Resolve("b", null));
    }

    [Theory]
    [InlineData("fs")]
    [InlineData("node:fs")]
    [InlineData("child_process")]
    [InlineData("fs/promises")]
    public void NodeBuiltins_AreRefused_EvenWhenAPackageOfThatNameIsInstalled(string request)
    {
        _folder.With("node_modules/fs/index.js", "");

        Assert.Equal($"'{request}' is not available in chat functions.", Refusal(() => Resolver().Resolve(request, null)));
    }

    [Fact]
    public void AFunction_CannotRequireRelativeOrAbsolutePaths()
    {
        _folder.With("node_modules/ms/index.js", "");

        Assert.Contains("only require the runtime's installed packages", Refusal(() => Resolver().Resolve("./node_modules/ms/index.js", null)));
        Assert.Contains("absolute paths are not allowed", Refusal(() => Resolver().Resolve("/etc/passwd", null)));
        Assert.Contains("absolute paths are not allowed", Refusal(() => Resolver().Resolve("/etc/passwd", "/node_modules/ms/index.js")));
    }

    [Fact]
    public void ClimbingOutOfTheRuntimeFolder_IsRefused()
    {
        _folder.With("node_modules/a/index.js", "").With("node_modules/a/package.json", """{ "exports": "../b/index.js" }""")
            .With("node_modules/b/index.js", "");

        Assert.Contains("outside the runtime's packages", Refusal(() => Resolver().Resolve("../../../../etc/passwd", "/node_modules/b/index.js")));
        Assert.Contains("outside the runtime's packages", Refusal(() => Resolver().Read("/../../etc/passwd")));
        Assert.Contains("is not a module name", Refusal(() => Resolver().Resolve("../x/..\\..\\y", "/node_modules/b/index.js")));
        Assert.Contains("exports a file outside its own folder", Refusal(() => Resolver().Resolve("a", null)));
        Assert.Contains("outside the runtime's packages", Refusal(() => Resolver().Resolve("b/../../../etc/passwd", null)));
    }

    [Fact]
    public void SymbolicLinks_AreNotFollowed()
    {
        using var outside = new PackageFolder();
        outside.With("secret.js", "module.exports = 'secret';");
        _folder.With("node_modules/linked/index.js", "");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "node_modules/linked/lib.js"), Path.Combine(outside.Path, "secret.js"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "node_modules/outside"), outside.Path);

        Assert.Contains("symbolic link", Refusal(() => Resolver().Resolve("./lib", "/node_modules/linked/index.js")));
        Assert.Contains("symbolic link", Refusal(() => Resolver().Resolve("outside", null)));
        Assert.Contains("symbolic link", Refusal(() => Resolver().Read("/node_modules/outside/secret.js")));
    }

    [Fact]
    public void APackageThatIsNotInstalled_SaysSo()
    {
        Assert.Equal("Cannot find module 'left-pad': it is not a dependency of this runtime.", Refusal(() => Resolver().Resolve("left-pad", null)));
    }

    [Fact]
    public void ADefaultDependency_IsExplainedAsListedButNotInstalled()
    {
        Assert.Contains("'axios' is one of the runtime's default dependencies, which Kitty lists but does not install",
            Refusal(() => Resolver(1024, "axios").Resolve("axios", null)));
    }

    [Fact]
    public void ARuntimeWithoutAFolder_ExplainsWhyNothingCanBeRequired()
    {
        var none = new ModuleResolver(RuntimePackages.None, 1024);
        var failed = new ModuleResolver(new RuntimePackages(null, new HashSet<string>(), "npm is not available on this server."), 1024);

        Assert.Contains("this runtime has no installed dependencies", Refusal(() => none.Resolve("ms", null)));
        Assert.Contains("not installed on this server (npm is not available on this server.)", Refusal(() => failed.Resolve("ms", null)));
        Assert.Equal("'fs' is not available in chat functions.", Refusal(() => none.Resolve("fs", null)));
    }

    [Fact]
    public void AModuleLargerThanTheCap_IsRefused()
    {
        _folder.With("node_modules/big/index.js", new string('x', 2048));

        var path = Resolver(1024).Resolve("big", null);

        Assert.Contains("larger than the 1024 bytes", Refusal(() => Resolver(1024).Read(path)));
        Assert.Equal(2048, Resolver(4096).Read(path).Length);
    }

    private static string Refusal(Func<string> resolve) => Assert.Throws<ModuleNotAvailableException>(resolve).Message;

    public void Dispose() => _folder.Dispose();
}
