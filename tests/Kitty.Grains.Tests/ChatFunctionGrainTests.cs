using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Testing;

namespace Kitty.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ChatFunctionGrainTests(ClusterFixture fixture) : GrainTestBase(fixture)
{
    private IChatFunctionDirectoryGrain Functions => Grains.GetGrain<IChatFunctionDirectoryGrain>(ApplicationId);
    private IChatFunctionTriggerGrain Triggers => Grains.GetGrain<IChatFunctionTriggerGrain>(ApplicationId);
    private IChatRuntimeGrain Runtime => Grains.GetGrain<IChatRuntimeGrain>(ApplicationId);

    private Task<ChatFunction> Create(string trigger = ChatFunctionTriggers.UserSentMessage, string name = "f") =>
        Functions.CreateFunction(new CreateChatFunction(ApplicationId, trigger, name, null, false));

    [Fact]
    public async Task CreateFunction_StartsEnabledAtVersionZero_InTheApplicationsRuntime()
    {
        var function = await Create();

        Assert.Equal((ChatFunctionTriggers.UserSentMessage, "f", true, 0), (function.Type, function.Name, function.Enabled, function.CurrentVersionNumber));
        Assert.Equal((await Runtime.Get()).Reference, function.Runtime);
        Assert.Equal([function.Id], (await Functions.ListFunctions(PageRequest.First)).Items.Select(f => f.Id));
        Assert.Null(await Triggers.FindFunction(ChatFunctionTriggers.UserSentMessage));
    }

    [Fact]
    public async Task CreateFunction_WithAnUnknownTriggerOrATakenName_IsRefused()
    {
        await Create(name: "taken");

        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Create("user.did.something")));
        Assert.Equal(KittyError.DuplicateResourceError, await RefusalOf(() => Create(name: "taken")));
        await Create(ChatFunctionTriggers.UserAttemptedSendMessage, "taken");
    }

    [Fact]
    public async Task Deploy_NumbersVersionsAndMakesTheNewestCurrent()
    {
        var function = await Create();
        var grain = Grains.GetGrain<IChatFunctionGrain>(function.Id);
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => grain.GetCurrentVersion(ApplicationId)));

        var v1 = await grain.Deploy(ApplicationId, "async function handleEvent() { return 1; }");
        var v2 = await grain.Deploy(ApplicationId, "async function handleEvent() { return 2; }");

        Assert.Equal((1, 2), (v1.VersionNumber, v2.VersionNumber));
        Assert.Equal(v2, await grain.GetCurrentVersion(ApplicationId));
        Assert.Equal(2, (await grain.Get(ApplicationId)).CurrentVersionNumber);
        Assert.Equal([v2, v1], (await grain.ListVersions(ApplicationId, PageRequest.First)).Items);
        Assert.Equal(v1, await Functions.GetVersion(v1.Id));
        Assert.Equal(function.Id, await Triggers.FindFunction(ChatFunctionTriggers.UserSentMessage));
        Assert.Empty((await Functions.ListInvocations(function.Id, PageRequest.First)).Items);
    }

    [Fact]
    public async Task TheTriggersCurrentVersion_FollowsEveryDeploy()
    {
        var function = await Create();
        var grain = Grains.GetGrain<IChatFunctionGrain>(function.Id);
        Assert.Null(await Triggers.FindCurrentVersion(ChatFunctionTriggers.UserSentMessage));

        var v1 = await grain.Deploy(ApplicationId, "async function handleEvent() { return 1; }");
        Assert.Equal(v1, await Triggers.FindCurrentVersion(ChatFunctionTriggers.UserSentMessage));
        var v2 = await grain.Deploy(ApplicationId, "async function handleEvent() { return 2; }");

        Assert.Equal(v2, await Triggers.FindCurrentVersion(ChatFunctionTriggers.UserSentMessage));
        Assert.Null(await Triggers.FindCurrentVersion(ChatFunctionTriggers.UserStartedChatSession));
    }

    [Fact]
    public async Task Deploy_OfTypeScript_KeepsTheSourceAndStoresItsCompiledJavaScriptBesideIt()
    {
        var function = await Create();
        var grain = Grains.GetGrain<IChatFunctionGrain>(function.Id);
        const string source = "interface Event { n: number }\nasync function handleEvent(event: Event): Promise<number> { return event.n; }\n";

        var version = await grain.Deploy(ApplicationId, source);

        Assert.Equal(source, version.HandlerScript);
        Assert.Equal("async function handleEvent(event) { return event.n; }\n", version.CompiledScript);
        Assert.Equal(version, await grain.GetCurrentVersion(ApplicationId));
        Assert.Equal(version, await Functions.GetVersion(version.Id));
    }

    [Fact]
    public async Task Deploy_OfAScriptWithASyntaxError_IsRefusedNamingTheLine_AndKeepsTheCurrentVersion()
    {
        var function = await Create();
        var grain = Grains.GetGrain<IChatFunctionGrain>(function.Id);
        var current = await grain.Deploy(ApplicationId, "async function handleEvent() { return 1; }");

        var refusal = await Assert.ThrowsAsync<KittyException>(() => grain.Deploy(ApplicationId, "async function handleEvent(event: Event) {\n  return event.;\n}"));

        Assert.Equal(KittyError.ValidationError, refusal.Error);
        Assert.Equal("'handlerScript' has a syntax error at line 2, column 16: Identifier expected. (TS1003)", refusal.Message);
        Assert.Equal(current, await grain.GetCurrentVersion(ApplicationId));
    }

    [Fact]
    public async Task AnotherApplication_FindsNeitherTheFunctionNorItsVersions()
    {
        var function = await Create();
        var version = await Grains.GetGrain<IChatFunctionGrain>(function.Id).Deploy(ApplicationId, "x");
        var other = ApplicationId + 1_000_000;

        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Grains.GetGrain<IChatFunctionGrain>(function.Id).Get(other)));
        Assert.Equal(KittyError.ResourceNotFoundError, await RefusalOf(() => Grains.GetGrain<IChatFunctionDirectoryGrain>(other).GetVersion(version.Id)));
        Assert.Equal(KittyError.ResourceNotFoundError,
            await RefusalOf(() => Grains.GetGrain<IChatFunctionDirectoryGrain>(other).ListInvocations(function.Id, PageRequest.First)));
    }

    [Fact]
    public async Task Deploy_OfABlankScript_IsRefused()
    {
        var function = await Create();
        Assert.Equal(KittyError.ValidationError, await RefusalOf(() => Grains.GetGrain<IChatFunctionGrain>(function.Id).Deploy(ApplicationId, " ")));
    }
}
