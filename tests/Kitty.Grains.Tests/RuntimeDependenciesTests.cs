using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Functions;
using Kitty.Functions.Packages;
using Kitty.Grains.Functions;

namespace Kitty.Grains.Tests;

public sealed class RuntimeDependenciesTests
{
    [Theory]
    [InlineData(PackageInstallFailure.PackageNotFound, KittyError.ValidationError)]
    [InlineData(PackageInstallFailure.VersionNotFound, KittyError.ValidationError)]
    [InlineData(PackageInstallFailure.InvalidVersion, KittyError.ValidationError)]
    [InlineData(PackageInstallFailure.NpmMissing, KittyError.InvalidOperationError)]
    [InlineData(PackageInstallFailure.TimedOut, KittyError.InvalidOperationError)]
    [InlineData(PackageInstallFailure.NpmFailed, KittyError.InvalidOperationError)]
    public void AnInstallFailure_IsRefusedAsBadInput_OnlyWhenTheDependenciesAreWrong(PackageInstallFailure failure, KittyError error)
    {
        var refusal = RuntimeDependencies.Refusal(new PackageInstallException(failure, "why"));

        Assert.Equal((error, "why"), (refusal.Error, refusal.Message));
    }

    [Fact]
    public void OnlyUserDefinedDependencies_AreInstalled_AndTheDefaultsAreListedOnly()
    {
        var toInstall = RuntimeDependencies.ToInstall([.. RuntimeDefaults.Dependencies, new ChatRuntimeDependency("ms", "2.1.3", false)]);

        Assert.Equal([new RuntimePackage("ms", "2.1.3")], toInstall);
        Assert.Equal(["axios", "axios-token-interceptor", "chatkitty-platform-sdk", "qs"], RuntimeDependencies.Installed(null).ListedOnly.Order());
    }
}
