using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Naming;
using Kitty.Testing;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ApplicationGrainTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private ApplicationCredentials NewCredentials() =>
        new($"key-{Guid.NewGuid():N}", $"client-{Guid.NewGuid():N}", $"secret-{Guid.NewGuid():N}");

    [Fact]
    public async Task Provision_CreatesTheApplication_AndItsCredentialsFindIt()
    {
        var credentials = NewCredentials();
        var grain = Grains.GetGrain<IApplicationGrain>(ApplicationId);

        var application = await grain.Provision(credentials);

        Assert.Equal(credentials.ApiKey, application.ApiKey);
        Assert.Equal(ApplicationId, await Grains.GetGrain<IUniqueNameGrain>(UniqueNames.ClientId(credentials.ClientId)).GetOwner());
        Assert.Equal(ApplicationId, await Grains.GetGrain<IUniqueNameGrain>(UniqueNames.ApiKey(credentials.ApiKey)).GetOwner());
        Assert.True(await grain.VerifyClientSecret(credentials.ClientSecret));
        Assert.False(await grain.VerifyClientSecret("wrong"));
        Assert.Equal(ApplicationSettings.Default, await grain.GetSettings());
    }

    [Fact]
    public async Task Provision_AgainWithNewCredentials_ReplacesThemAndKeepsTheApplication()
    {
        var grain = Grains.GetGrain<IApplicationGrain>(ApplicationId);
        var old = NewCredentials();
        var created = await grain.Provision(old);
        var rotated = NewCredentials();

        var application = await grain.Provision(rotated);

        Assert.Equal(created.CreatedTime, application.CreatedTime);
        Assert.True(await grain.VerifyClientSecret(rotated.ClientSecret));
        Assert.False(await grain.VerifyClientSecret(old.ClientSecret));
        Assert.Null(await Grains.GetGrain<IUniqueNameGrain>(UniqueNames.ClientId(old.ClientId)).GetOwner());
    }

    [Fact]
    public async Task Provision_WithAnotherApplicationsClientId_IsRefused()
    {
        var credentials = NewCredentials();
        await Grains.GetGrain<IApplicationGrain>(ApplicationId).Provision(credentials);

        Assert.Equal(KittyError.DuplicateResourceError,
            await RefusalOf(() => Grains.GetGrain<IApplicationGrain>(ApplicationId + 1).Provision(credentials)));
    }

    [Fact]
    public async Task UpdateSettings_IsKept()
    {
        var grain = Grains.GetGrain<IApplicationGrain>(ApplicationId);
        await grain.Provision(NewCredentials());

        await grain.UpdateSettings(new ApplicationSettings(false, true));

        Assert.Equal(new ApplicationSettings(false, true), await grain.GetSettings());
    }

    [Fact]
    public async Task AnUnprovisionedApplication_IsNotFound()
    {
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Grains.GetGrain<IApplicationGrain>(ApplicationId).Get()));
    }
}
