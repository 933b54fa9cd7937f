using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task UpsertUser_ThenGetUser_RoundTripsEveryField()
    {
        var user = new ChatUser(
            Ids.Next(), App, UserType.BOT, "robo", "Robo 🤖", "https://example.com/p.png", true,
            new UserPresence(PresenceStatus.DoNotDisturb, true), """{"tier":"gold","n":3}""", T0);
        await Store.UpsertUser(user);

        var stored = await Store.GetUser(App, user.Id);

        Assert.Equal(user, stored);
        Assert.Equal(TimeSpan.Zero, stored!.CreatedTime.Offset);
    }

    [SkippableFact]
    public async Task UpsertUser_Twice_UpdatesTheProfile()
    {
        var user = await AddUser("ann");
        var renamed = user with { Name = "anna", DisplayName = "Anna", Presence = new UserPresence(PresenceStatus.Available, true) };

        await Store.UpsertUser(renamed);

        Assert.Equal(renamed, await Store.GetUser(App, user.Id));
        Assert.Null(await Store.FindUserId(App, "ann"));
        Assert.Equal(user.Id, await Store.FindUserId(App, "anna"));
    }

    [SkippableFact]
    public async Task GetUser_FromAnotherApplication_IsNull()
    {
        var user = await AddUser("bob");

        Assert.Null(await Store.GetUser(OtherApp, user.Id));
        Assert.Null(await Store.FindUserId(OtherApp, "bob"));
    }

    [SkippableFact]
    public async Task FindUserId_OfUnknownName_IsNull() => Assert.Null(await Store.FindUserId(App, "nobody"));

    [SkippableFact]
    public async Task DeleteUser_RemovesTheUserAndTheirMemberships_ButKeepsTheirMessages()
    {
        var carl = await AddUser("carl");
        var dora = await AddUser("dora");
        var channel = await AddChannel(creator: dora, members: [carl, dora]);
        await Store.AddModerator(App, channel.Id, carl.Id, T0);
        await Store.AddInvite(App, channel.Id, carl.Id, T0);
        var message = await Send(channel, carl);

        await Store.DeleteUser(App, carl.Id);

        Assert.Null(await Store.GetUser(App, carl.Id));
        Assert.Equal([dora.Id], IdsOf((await Store.ListMembers(App, channel.Id, PageRequest.First)).Items));
        Assert.Empty((await Store.ListModerators(App, channel.Id, PageRequest.First)).Items);
        Assert.Empty((await Store.ListInvites(App, channel.Id, PageRequest.First)).Items);
        var kept = await Store.GetMessage(App, message.Id);
        Assert.NotNull(kept);
        Assert.Equal(carl.Id, kept.UserId);
        Assert.Null(kept.User);
    }

    [SkippableFact]
    public async Task DeleteUser_FromAnotherApplication_DeletesNothing()
    {
        var user = await AddUser("eve");

        await Store.DeleteUser(OtherApp, user.Id);

        Assert.NotNull(await Store.GetUser(App, user.Id));
    }

    [SkippableFact]
    public async Task ListUsers_FromAnotherApplication_IsEmpty()
    {
        await AddUser("fay");

        var page = await Store.ListUsers(OtherApp, new UserQuery(), PageRequest.First);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListUsers_PagesCountTheWholeCollection()
    {
        var users = new List<ChatUser>();
        for (var i = 0; i < 7; i++)
        {
            users.Add(await AddUser($"user{i}"));
        }

        var second = await Store.ListUsers(App, new UserQuery(), Page(1, 3));
        var beyond = await Store.ListUsers(App, new UserQuery(), Page(5, 3));

        Assert.Equal(users.Skip(3).Take(3).Select(u => u.Id), IdsOf(second.Items));
        Assert.Equal(7, second.TotalElements);
        Assert.Equal(3, second.TotalPages);
        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.TotalElements);
    }

    [SkippableTheory]
    [InlineData(0, PageRequest.DefaultSize)]
    [InlineData(-5, PageRequest.DefaultSize)]
    [InlineData(1000, PageRequest.MaxSize)]
    public async Task ListUsers_WithOutOfRangeSize_ClampsIt(int requested, int served)
    {
        for (var i = 0; i < PageRequest.MaxSize + 1; i++)
        {
            await Store.UpsertUser(new ChatUser(Ids.Next(), App, UserType.PERSON, $"u{i}", $"U{i}", null, false, UserPresence.Offline, "{}", T0));
        }

        var page = await Store.ListUsers(App, new UserQuery(), Page(0, requested));

        Assert.Equal(served, page.Request.Size);
        Assert.Equal(served, page.Items.Count);
        Assert.Equal(PageRequest.MaxSize + 1, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListUsers_SortedByDisplayNameDescending_BreaksTiesById()
    {
        var a1 = await AddUser("a1", displayName: "Same");
        var b = await AddUser("b", displayName: "Zed");
        var a2 = await AddUser("a2", displayName: "Same");
        var c = await AddUser("c", displayName: "Alpha");

        var page = await Store.ListUsers(App, new UserQuery(), Page(0, 10, new SortOrder("displayName", true)));

        Assert.Equal([b.Id, a1.Id, a2.Id, c.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListUsers_SortedByCreatedTimeThenName_UsesBothKeys()
    {
        var late = await AddUser("late", created: T0.AddMinutes(1));
        var earlyB = await AddUser("b-early", created: T0);
        var earlyA = await AddUser("a-early", created: T0);

        var page = await Store.ListUsers(App, new UserQuery(), Page(0, 10, new SortOrder("createdTime", false), new SortOrder("name", false)));

        Assert.Equal([earlyA.Id, earlyB.Id, late.Id], IdsOf(page.Items));
    }

    [SkippableFact]
    public async Task ListUsers_WithUnknownSortProperty_ThrowsValidationError()
    {
        var error = await Assert.ThrowsAsync<KittyException>(
            () => Store.ListUsers(App, new UserQuery(), Page(0, 10, new SortOrder("password", false))));

        Assert.Equal(KittyError.ValidationError, error.Error);
    }

    [SkippableFact]
    public async Task ListUsers_ByName_MatchesExactly()
    {
        var gil = await AddUser("gil");
        await AddUser("gilbert");
        await AddUser("gil", app: OtherApp);

        var page = await Store.ListUsers(App, new UserQuery(Name: "gil"), PageRequest.First);

        Assert.Equal([gil.Id], IdsOf(page.Items));
        Assert.Equal(1, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListUsers_ByProperties_KeepsUsersWithEveryKeyAndValue()
    {
        var match = await AddUser("m", properties: """{"team":"red","level":2,"admin":true,"tags":["x"],"meta":{"a":1},"extra":"ok"}""");
        await AddUser("wrong-value", properties: """{"team":"blue","level":2,"admin":true,"tags":["x"],"meta":{"a":1}}""");
        await AddUser("wrong-type", properties: """{"team":"red","level":"2","admin":true,"tags":["x"],"meta":{"a":1}}""");
        await AddUser("missing-key", properties: """{"team":"red","level":2}""");
        var query = new UserQuery(PropertiesJson: """{"team":"red","level":2.0,"admin":true,"tags":["x"],"meta":{"a":1}}""");

        var page = await Store.ListUsers(App, query, Page(0, 1));

        Assert.Equal([match.Id], IdsOf(page.Items));
        Assert.Equal(1, page.TotalElements);
    }

    [SkippableFact]
    public async Task ListUsers_ByPropertiesWithNullAndFalse_MatchesThoseValuesOnly()
    {
        var match = await AddUser("n", properties: """{"nick":null,"banned":false}""");
        await AddUser("absent", properties: """{"banned":false}""");
        await AddUser("true", properties: """{"nick":null,"banned":true}""");

        var page = await Store.ListUsers(App, new UserQuery(PropertiesJson: """{"nick":null,"banned":false}"""), PageRequest.First);

        Assert.Equal([match.Id], IdsOf(page.Items));
    }

    [SkippableTheory]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public async Task ListUsers_WithPropertiesFilterThatIsNotAnObject_ThrowsValidationError(string filter)
    {
        var error = await Assert.ThrowsAsync<KittyException>(
            () => Store.ListUsers(App, new UserQuery(PropertiesJson: filter), PageRequest.First));

        Assert.Equal(KittyError.ValidationError, error.Error);
    }
}
