using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Functions.TypeScript;
using Kitty.Grains.Hosting;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Functions;

/// <summary>
/// A chat function. State holds the function and its current version's id; the versions themselves go to
/// the chat store first, so the current version always exists there.
/// </summary>
public sealed class ChatFunctionGrain(
    [PersistentState("function", KittyStorage.Name)] IPersistentState<ChatFunctionState> function,
    IChatStore store,
    IIdGenerator ids,
    ITypeScriptCompiler compiler,
    TimeProvider time)
    : Grain, IChatFunctionGrain
{
    // The current version, read from the store once per activation: every invocation asks for it.
    private ChatFunctionVersion? _current;

    private ChatFunctionState State => function.State;
    private long FunctionId => this.GetPrimaryKeyLong();

    public async Task<ChatFunction> Create(CreateChatFunction command)
    {
        if (State.Exists) throw new KittyException(KittyError.DuplicateResourceError, "The function already exists.");
        FunctionLimits.ValidateCreate(command);
        State.Exists = true;
        State.ApplicationId = command.ApplicationId;
        State.Type = command.Type;
        State.Name = command.Name;
        State.Description = string.IsNullOrEmpty(command.Description) ? null : command.Description;
        State.Enabled = true;
        State.CreatedTime = Now();
        return await Save();
    }

    public Task<ChatFunction> Get(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        return ToModel();
    }

    public async Task<ChatFunctionVersion> Deploy(long applicationId, string handlerScript)
    {
        EnsureVisibleTo(applicationId);
        FunctionLimits.ValidateScript(handlerScript, "handlerScript");
        var compiled = await ScriptCompilation.Compile(compiler, handlerScript, "handlerScript");
        var version = new ChatFunctionVersion(
            ids.NextId(), applicationId, FunctionId, State.CurrentVersionNumber + 1, handlerScript, Now(), compiled);
        await store.SaveFunctionVersion(version);
        State.CurrentVersionNumber = version.VersionNumber;
        State.CurrentVersionId = version.Id;
        await Save();
        _current = version;
        return version;
    }

    public async Task<ChatFunctionVersion> GetCurrentVersion(long applicationId)
    {
        EnsureVisibleTo(applicationId);
        if (_current?.Id == State.CurrentVersionId) return _current;
        return State.CurrentVersionNumber > 0 && await store.GetFunctionVersion(applicationId, State.CurrentVersionId) is { } version
            ? _current = version
            : throw KittyException.NotFound("Function version");
    }

    public Task<Page<ChatFunctionVersion>> ListVersions(long applicationId, PageRequest page)
    {
        EnsureVisibleTo(applicationId);
        return store.ListFunctionVersions(applicationId, FunctionId, page);
    }

    private async Task<ChatFunction> Save()
    {
        try
        {
            await function.WriteStateAsync();
        }
        catch
        {
            await function.ReadStateAsync(); // drop the unwritten change
            throw;
        }

        var model = await ToModel();
        await store.UpsertFunction(model);
        await GrainFactory.GetGrain<IChatFunctionTriggerGrain>(State.ApplicationId).TriggerChanged(State.Type);
        return model;
    }

    private async Task<ChatFunction> ToModel()
    {
        var runtime = await GrainFactory.GetGrain<IChatRuntimeGrain>(State.ApplicationId).Get();
        return new ChatFunction(FunctionId, State.ApplicationId, State.Type, State.Name, State.Description, State.Enabled,
            State.CurrentVersionNumber, runtime.Reference, State.CreatedTime);
    }

    /// <summary>Now, to the millisecond the chat store keeps, so a version reads back equal to what Deploy returned.</summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private void EnsureVisibleTo(long applicationId)
    {
        if (!State.Exists || State.ApplicationId != applicationId) throw KittyException.NotFound("Function");
    }
}
