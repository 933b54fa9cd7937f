using Kitty.Functions.Modules;
using Kitty.Functions.Packages;
using Kitty.Functions.Tests.Support;

namespace Kitty.Functions.Tests.Packages;

/// <summary>Real npm against the real registry; skipped where npm is not on PATH (CI has it).</summary>
public sealed class NpmInstallerTests : IDisposable
{
    private static readonly RuntimePackage Ms = new("ms", "2.1.3");

    private readonly PackageFolder _root = new();

    private NpmInstaller Installer(string npm = "npm") => new(new RuntimePackagesOptions { Directory = _root.Path, NpmCommand = npm });

    [SkippableFact]
    public async Task APurelyJavaScriptPackage_IsInstalledIntoTheRuntimesOwnFolder_AndCanBeRequired()
    {
        SkipWithoutNpm();

        var folder = await Installer().EnsureInstalledAsync("42", [Ms]);

        Assert.Equal(Path.Combine(_root.Path, "42"), Path.GetDirectoryName(folder));
        var resolver = new ModuleResolver(new RuntimePackages(folder, new HashSet<string>()), 1024 * 1024);
        Assert.Equal("/node_modules/ms/index.js", resolver.Resolve("ms", null));
        Assert.Contains("module.exports = function (val, options)", resolver.Read("/node_modules/ms/index.js"));
    }

    [SkippableFact]
    public async Task TheHostsNpmConfiguration_DoesNotReachATenantsInstall()
    {
        SkipWithoutNpm();
        var hostConfig = Path.Combine(_root.Path, "host.npmrc");
        await File.WriteAllTextAsync(hostConfig, "registry=http://127.0.0.1:9/\n");
        var before = Environment.GetEnvironmentVariable("npm_config_userconfig");
        Environment.SetEnvironmentVariable("npm_config_userconfig", hostConfig);
        try
        {
            var folder = await Installer().EnsureInstalledAsync("43", [Ms]);

            Assert.True(File.Exists(Path.Combine(folder!, "node_modules", "ms", "index.js")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("npm_config_userconfig", before);
        }
    }

    [SkippableFact]
    public async Task AnInstalledFolder_IsReused_WithoutRunningNpmAgain()
    {
        SkipWithoutNpm();
        var folder = await Installer().EnsureInstalledAsync("42", [Ms]);

        var again = await Installer(npm: "/no/such/npm").EnsureInstalledAsync("42", [Ms]);

        Assert.Equal(folder, again);
    }

    [SkippableFact]
    public async Task ConcurrentFirstUses_OfOneFolder_BothGetTheInstalledFolder()
    {
        SkipWithoutNpm();
        var installer = Installer();

        var folders = await Task.WhenAll(installer.EnsureInstalledAsync("7", [Ms]), installer.EnsureInstalledAsync("7", [Ms]));

        Assert.Equal(folders[0], folders[1]);
        Assert.Equal([Path.GetFileName(folders[0])!], Directory.GetFileSystemEntries(Path.Combine(_root.Path, "7")).Select(Path.GetFileName));
    }

    [SkippableFact]
    public async Task APackageThatDoesNotExist_IsRefusedClearly_AndLeavesNothingBehind()
    {
        SkipWithoutNpm();

        var failure = await Assert.ThrowsAsync<PackageInstallException>(() =>
            Installer().EnsureInstalledAsync("42", [Ms, new("kitty-no-such-package-zz9", "1.0.0")]));

        Assert.Equal((PackageInstallFailure.PackageNotFound, "Package 'kitty-no-such-package-zz9' does not exist in the npm registry."),
            (failure.Failure, failure.Message));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_root.Path, "42")));
    }

    [SkippableFact]
    public async Task AVersionThatDoesNotExist_IsRefusedClearly()
    {
        SkipWithoutNpm();

        var failure = await Assert.ThrowsAsync<PackageInstallException>(() => Installer().EnsureInstalledAsync("42", [new("ms", "99.0.0")]));

        Assert.Equal((PackageInstallFailure.VersionNotFound, "No version of 'ms' matches '99.0.0'."), (failure.Failure, failure.Message));
    }

    [Fact]
    public async Task WithoutNpm_TheInstallIsRefusedClearly()
    {
        var failure = await Assert.ThrowsAsync<PackageInstallException>(() => Installer(npm: "/no/such/npm").EnsureInstalledAsync("42", [Ms]));

        Assert.Equal((PackageInstallFailure.NpmMissing, "Dependencies cannot be installed: npm is not available on this server."),
            (failure.Failure, failure.Message));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_root.Path, "42")));
    }

    [Theory]
    [InlineData("file:../../etc")]
    [InlineData("git+https://github.com/vercel/ms.git")]
    [InlineData("https://example.com/ms.tgz")]
    [InlineData("vercel/ms")]
    [InlineData("npm:left-pad@1.3.0")]
    [InlineData("  ")]
    public async Task VersionsThatAreNotRegistryRanges_AreRefusedBeforeNpmRuns(string version)
    {
        var failure = await Assert.ThrowsAsync<PackageInstallException>(() =>
            Installer(npm: "/no/such/npm").EnsureInstalledAsync("42", [new("ms", version)]));

        Assert.Equal(PackageInstallFailure.InvalidVersion, failure.Failure);
    }

    [Theory]
    [InlineData("^2.1.3")]
    [InlineData(">=1.0.0 <3 || 4.x")]
    [InlineData("latest")]
    [InlineData("2.1.3-beta.1+build")]
    public void RegistryRangesAndTags_AreAccepted(string version) => Assert.True(NpmVersionRange.IsRegistryRange(version));

    [Fact]
    public async Task NoDependencies_NeedNoFolder() => Assert.Null(await Installer(npm: "/no/such/npm").EnsureInstalledAsync("42", []));

    private static void SkipWithoutNpm() => Skip.IfNot(
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "npm"))),
        "npm is not on PATH");

    public void Dispose() => _root.Dispose();
}
