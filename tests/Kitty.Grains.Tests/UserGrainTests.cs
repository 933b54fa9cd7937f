using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Testing;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task CreateUser_GivesAPersonWithTheGivenProfile()
    {
        var jane = await CreateUser("jane", """{"team":"blue"}""");

        Assert.True(jane.Id > 0);
        Assert.Equal("jane", jane.Name);
        Assert.Equal("JANE", jane.DisplayName);
        Assert.Equal(UserType.PERSON, jane.Type);
        Assert.False(jane.Presence.Online);
        Assert.Equal("""{"team":"blue"}""", jane.PropertiesJson);
    }

    [Fact]
    public async Task CreateUser_WithATakenName_IsRefusedAsDuplicate()
    {
        await CreateUser("taken");

        Assert.Equal(KittyError.DuplicateResourceError, await RefusalOf(() => CreateUser("taken")));
    }

    [Fact]
    public async Task CreateUser_WithABlankName_IsRefused()
    {
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => CreateUser(" ")));
    }

    [Fact]
    public async Task GetUser_FromAnotherApplication_IsNotFound()
    {
        var jane = await CreateUser("jane");

        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IUserGrain>(jane.Id).Get(ApplicationId + 1)));
    }

    [Fact]
    public async Task UpdateUser_MergesPropertiesAndKeepsWhatThePatchLeavesOut()
    {
        var jane = await CreateUser("jane", """{"a":1,"b":{"c":2,"d":3}}""");

        var updated = await Grains.GetGrain<IUserGrain>(jane.Id)
            .Update(ApplicationId, new UserPatch("Jane Doe", null, null, """{"a":null,"b":{"c":20},"e":"x"}"""));

        Assert.Equal("Jane Doe", updated.DisplayName);
        Assert.Equal("""{"b":{"c":20,"d":3},"e":"x"}""", updated.PropertiesJson);
        Assert.False(updated.IsGuest);
    }

    [Fact]
    public async Task DeleteUser_FreesTheNameForANewUser()
    {
        var first = await CreateUser("reused");

        await Grains.GetGrain<IUserGrain>(first.Id).Delete(ApplicationId);
        var second = await CreateUser("reused");

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IUserGrain>(first.Id).Get(ApplicationId)));
    }

    [Fact]
    public async Task Secrets_AreSetReadAndRemoved()
    {
        var jane = await CreateUser("jane");
        var grain = Grains.GetGrain<IUserGrain>(jane.Id);

        await grain.SetSecret(ApplicationId, "token", """{"value":"s3cret"}""");
        Assert.Equal("""{"value":"s3cret"}""", await grain.GetSecret(ApplicationId, "token"));

        await grain.RemoveSecret(ApplicationId, "token");
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => grain.GetSecret(ApplicationId, "token")));
    }

    [Fact]
    public async Task ListUsers_FiltersByNameAndPages()
    {
        for (var i = 0; i < 5; i++) await CreateUser($"user-{i}");

        var page = await Users.ListUsers(new UserQuery(), new PageRequest(1, 2, []));
        var byName = await Users.ListUsers(new UserQuery(Name: "user-3"), PageRequest.First);

        Assert.Equal(5, page.TotalElements);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal("user-3", Assert.Single(byName.Items).Name);
    }

    [Fact]
    public async Task Resolve_FindsUsersByIdOrName_AndRefusesStrangers()
    {
        var jane = await CreateUser("jane");

        Assert.Equal(jane.Id, await Users.Resolve(UserReference.ByName("jane")));
        Assert.Equal(jane.Id, await Users.Resolve(UserReference.ById(jane.Id)));
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Users.Resolve(UserReference.ByName("nobody"))));
        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IUserDirectoryGrain>(ApplicationId + 1).Resolve(UserReference.ById(jane.Id))));
    }

    [Fact]
    public async Task Properties_LargerThan16KiB_AreRefused()
    {
        var large = $$"""{"blob":"{{new string('x', 17 * 1024)}}"}""";

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => CreateUser("heavy", large)));
    }
}
