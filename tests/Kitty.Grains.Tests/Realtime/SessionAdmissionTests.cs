using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Sessions;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Realtime;

/// <summary>Who may start a user session: guests by name when the application allows them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionAdmissionTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private ISessionAdmissionGrain Admission => Grains.GetGrain<ISessionAdmissionGrain>(ApplicationId);

    private Task<Application> Provision() => Grains.GetGrain<IApplicationGrain>(ApplicationId)
        .Provision(new ApplicationCredentials($"key-{Guid.NewGuid():N}", $"client-{Guid.NewGuid():N}", "secret"));

    [Fact]
    public async Task Admit_AGuest_CreatesTheUserOnce_AndReusesIt()
    {
        await Provision();

        var first = await Admission.Admit("jane@example.com", null);
        var again = await Admission.Admit("jane@example.com", """{"ignored":true}""");

        Assert.Equal(first.Id, again.Id);
        Assert.True(first.IsGuest);
        Assert.Equal("jane@example.com", first.DisplayName);
        Assert.Equal(first.Id, await Users.FindUserId("jane@example.com"));
    }

    [Fact]
    public async Task Admit_AnExistingUser_InGuestMode_ReturnsThatUser()
    {
        await Provision();
        var jane = await CreateUser("jane");

        Assert.Equal(jane.Id, (await Admission.Admit("jane", null)).Id);
    }

    [Fact]
    public async Task Admit_WhenGuestsAreDisabled_IsRefused()
    {
        await Provision();
        await Grains.GetGrain<IApplicationGrain>(ApplicationId).UpdateSettings(new ApplicationSettings(GuestUsers: false, UserCreatedChannels: true));

        Assert.Equal(KittyError.AccessDeniedError, await RefusalOf(() => Admission.Admit("jane", null)));
        Assert.Null(await Users.FindUserId("jane"));
    }

    [Fact]
    public async Task Admit_ABlankUsername_IsRefused()
    {
        await Provision();

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Admission.Admit(" ", null)));
    }
}
