using System.Text.Json.Nodes;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Sessions;
using Kitty.Abstractions.Users;
using Kitty.Grains.Functions.Context;
using Kitty.Testing;

namespace Kitty.Grains.Tests.Functions;

/// <summary><c>context.getUserSessionApi()</c> as a chat function calls it: the method names, arguments and JSON of the platform SDK.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UserSessionContextApiTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private ChatFunctionContext Context => new(Grains, ApplicationId);

    private async Task<JsonObject> Call(string method, string argsJson) =>
        JsonNode.Parse(await Context.Invoke("userSession", method, argsJson))!.AsObject();

    private async Task<UserSession> Connect(ChatUser user, string connectionId, long applicationId, string? userAgent = "kitty-test/1.0") =>
        await Grains.GetGrain<IUserGrain>(user.Id).Connect(applicationId, new UserConnection(connectionId, "node-a", userAgent));

    private static long[] Ids(JsonObject page) =>
        [.. page["_embedded"]!["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<long>())];

    [Fact]
    public async Task ListUserSessions_FiltersByState_AndRendersThePlatformApiShape()
    {
        var jane = await CreateUser("jane");
        var phone = await Connect(jane, "phone", ApplicationId);
        var laptop = await Connect(jane, "laptop", ApplicationId, userAgent: null);
        await Grains.GetGrain<IUserGrain>(jane.Id).Disconnect(ApplicationId, "laptop");

        var active = await Call("listUserSessions", """[0, 10, null, "ACTIVE"]""");
        var ended = await Call("listUserSessions", """[0, 10, null, "ENDED"]""");

        var session = Assert.Single(active["_embedded"]!["sessions"]!.AsArray())!.AsObject();
        Assert.Equal((phone.Id, "ACTIVE", "kitty-test/1.0"), (session["id"]!.GetValue<long>(), session["state"]!.GetValue<string>(), session["userAgent"]!.GetValue<string>()));
        Assert.Null(session["endTime"]);
        Assert.Equal((jane.Id, "jane"), (session["user"]!["id"]!.GetValue<long>(), session["user"]!["name"]!.GetValue<string>()));
        Assert.Equal((1, 10), (active["page"]!["totalElements"]!.GetValue<int>(), active["page"]!["size"]!.GetValue<int>()));
        var gone = Assert.Single(ended["_embedded"]!["sessions"]!.AsArray())!.AsObject();
        Assert.Equal((laptop.Id, "ENDED"), (gone["id"]!.GetValue<long>(), gone["state"]!.GetValue<string>()));
        Assert.NotNull(gone["endTime"]);
        Assert.Null(gone["userAgent"]);
    }

    [Fact]
    public async Task ListUserSessions_PagesAndSortsAsTheSdkAsks_AndGetUserSessionsIsItsAlias()
    {
        var jane = await CreateUser("jane");
        var sessions = new List<long>();
        foreach (var device in new[] { "one", "two", "three" }) sessions.Add((await Connect(jane, device, ApplicationId)).Id);

        var newestFirst = await Call("listUserSessions", """[0, 2, ["id,desc"]]""");
        var secondPage = await Call("getUserSessions", """[1, 2, "id,desc"]""");
        var everything = await Call("getUserSessions", "[]");

        Assert.Equal([sessions[2], sessions[1]], Ids(newestFirst));
        Assert.Equal([sessions[0]], Ids(secondPage));
        Assert.Equal((3, 2), (newestFirst["page"]!["totalElements"]!.GetValue<int>(), newestFirst["page"]!["totalPages"]!.GetValue<int>()));
        Assert.Equal(sessions.Order(), Ids(everything).Order());
    }

    [Fact]
    public async Task ListUserSessions_NeverShowsAnotherApplicationsSessions()
    {
        var otherApplication = ApplicationId + 1_000_000;
        var stranger = await Grains.GetGrain<IUserDirectoryGrain>(otherApplication)
            .CreateUser(new CreateUser(otherApplication, "stranger", "Stranger", false, "{}"));
        await Connect(stranger, "elsewhere", otherApplication);

        Assert.Empty(Ids(await Call("listUserSessions", "[]")));
    }

    [Theory]
    [InlineData("listUserSessions", """[0, 10, null, "SLEEPING"]""")]
    [InlineData("listUserSessions", """[0, 10, ["name,asc"]]""")]
    [InlineData("listUserSessions", """[0, 10, ["id,sideways"]]""")]
    [InlineData("deleteUserSession", "[1]")]
    public async Task BadArgumentsAndUnknownMethods_AreValidationErrors(string method, string argsJson)
    {
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Context.Invoke("userSession", method, argsJson)));
    }
}
