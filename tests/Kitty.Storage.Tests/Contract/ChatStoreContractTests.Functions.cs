using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;

namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    private static readonly ChatFunctionRuntime Runtime = new(1, ChatRuntime.NodeJs, "v1");

    private async Task<ChatFunction> SaveFunction(long app, string trigger, int currentVersion = 0, bool enabled = true)
    {
        var function = new ChatFunction(Ids.Next(), app, trigger, $"f{Ids.Next()}", null, enabled, currentVersion, Runtime, T0);
        await Store.UpsertFunction(function);
        return function;
    }

    [SkippableFact]
    public async Task ListFunctions_ShowsTheApplicationsFunctionsOnly_WithTheGivenRuntime()
    {
        var app = Ids.Next();
        var first = await SaveFunction(app, ChatFunctionTriggers.UserSentMessage);
        var second = await SaveFunction(app, ChatFunctionTriggers.UserAttemptedStartSession) with { Description = "d", CurrentVersionNumber = 2 };
        await Store.UpsertFunction(second);
        await SaveFunction(Ids.Next(), ChatFunctionTriggers.UserSentMessage);

        var page = await Store.ListFunctions(app, Runtime with { Version = "v7" }, PageRequest.First);

        Assert.Equal(2, page.TotalElements);
        Assert.Equal([first with { Runtime = Runtime with { Version = "v7" } }, second with { Runtime = Runtime with { Version = "v7" } }], page.Items);
        Assert.Equal(("d", 2), (page.Items[1].Description, page.Items[1].CurrentVersionNumber));
    }

    [SkippableFact]
    public async Task FindFunctionByTrigger_IsTheOldestEnabledFunctionWithAVersion()
    {
        var app = Ids.Next();
        await SaveFunction(app, ChatFunctionTriggers.UserSentMessage, currentVersion: 0);
        await SaveFunction(app, ChatFunctionTriggers.UserSentMessage, currentVersion: 1, enabled: false);
        var handler = await SaveFunction(app, ChatFunctionTriggers.UserSentMessage, currentVersion: 1);
        await SaveFunction(app, ChatFunctionTriggers.UserSentMessage, currentVersion: 3);

        Assert.Equal(handler.Id, await Store.FindFunctionByTrigger(app, ChatFunctionTriggers.UserSentMessage));
        Assert.Null(await Store.FindFunctionByTrigger(app, ChatFunctionTriggers.UserReceivedNotification));
        Assert.Null(await Store.FindFunctionByTrigger(Ids.Next(), ChatFunctionTriggers.UserSentMessage));
    }

    [SkippableFact]
    public async Task FunctionVersions_AreListedNewestFirst_AndReadOnlyByTheirApplication()
    {
        var function = await SaveFunction(App, ChatFunctionTriggers.UserSentMessage);
        var v1 = new ChatFunctionVersion(Ids.Next(), App, function.Id, 1, "one", T0);
        var v2 = new ChatFunctionVersion(Ids.Next(), App, function.Id, 2, "two", T0);
        await Store.SaveFunctionVersion(v1);
        await Store.SaveFunctionVersion(v2);

        Assert.Equal([v2, v1], (await Store.ListFunctionVersions(App, function.Id, PageRequest.First)).Items);
        Assert.Equal(v1, await Store.GetFunctionVersion(App, v1.Id));
        Assert.Null(await Store.GetFunctionVersion(OtherApp, v1.Id));
        Assert.Empty((await Store.ListFunctionVersions(OtherApp, function.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task FunctionVersion_KeepsItsCompiledScriptBesideItsSource_AndAVersionWithoutOneReadsBackWithout()
    {
        var function = await SaveFunction(App, ChatFunctionTriggers.UserSentMessage);
        var compiled = new ChatFunctionVersion(Ids.Next(), App, function.Id, 1, "const n: number = 1;", T0, "const n = 1;\n");
        var uncompiled = new ChatFunctionVersion(Ids.Next(), App, function.Id, 2, "const n = 2;", T0);
        await Store.SaveFunctionVersion(compiled);
        await Store.SaveFunctionVersion(uncompiled);

        Assert.Equal(compiled, await Store.GetFunctionVersion(App, compiled.Id));
        Assert.Null((await Store.GetFunctionVersion(App, uncompiled.Id))!.CompiledScript);
        Assert.Equal([uncompiled, compiled], (await Store.ListFunctionVersions(App, function.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task SaveFunctionVersion_OfANumberAlreadyStored_ReplacesIt()
    {
        var function = await SaveFunction(App, ChatFunctionTriggers.UserSentMessage);
        await Store.SaveFunctionVersion(new ChatFunctionVersion(Ids.Next(), App, function.Id, 1, "lost", T0));
        var kept = new ChatFunctionVersion(Ids.Next(), App, function.Id, 1, "kept", T0);
        await Store.SaveFunctionVersion(kept);

        Assert.Equal([kept], (await Store.ListFunctionVersions(App, function.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task FunctionInvocations_AreListedNewestFirst_AndUpdatedInPlace()
    {
        var function = await SaveFunction(App, ChatFunctionTriggers.UserSentMessage, currentVersion: 1);
        var older = new ChatFunctionInvocation(Ids.Next(), App, function.Id, 1, "{\"a\":1}", null, ChatFunctionInvocationStatus.RUNNING, "", T0, null);
        var newer = older with { Id = Ids.Next() };
        await Store.UpsertFunctionInvocation(older);
        await Store.UpsertFunctionInvocation(newer);
        var finished = older with
        {
            ResultJson = "{\"payload\":true}", Status = ChatFunctionInvocationStatus.SUCCEEDED, Logs = "hi\n", Duration = TimeSpan.FromMilliseconds(12),
        };
        await Store.UpsertFunctionInvocation(finished);

        Assert.Equal([newer, finished], (await Store.ListFunctionInvocations(App, function.Id, PageRequest.First)).Items);
        Assert.Empty((await Store.ListFunctionInvocations(OtherApp, function.Id, PageRequest.First)).Items);
    }

    [SkippableFact]
    public async Task FunctionInvocations_UpsertedInOneBatch_KeepTheLastRecordOfEachId()
    {
        var function = await SaveFunction(App, ChatFunctionTriggers.UserSentMessage, currentVersion: 1);
        var running = new ChatFunctionInvocation(Ids.Next(), App, function.Id, 1, "{}", null, ChatFunctionInvocationStatus.RUNNING, "", T0, null);
        var other = running with { Id = Ids.Next() };
        var failed = running with { Status = ChatFunctionInvocationStatus.FAILED, ResultJson = "{\"error\":\"no\"}", Duration = TimeSpan.FromMilliseconds(3) };

        await Store.UpsertFunctionInvocations([running, other, failed]);

        Assert.Equal([other, failed], (await Store.ListFunctionInvocations(App, function.Id, PageRequest.First)).Items);
    }
}
