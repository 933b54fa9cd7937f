using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Paging;
using Kitty.Grains.Functions.Execution;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Functions;

[StatelessWorker]
public sealed class ChatFunctionDirectoryGrain(IChatStore store, IIdGenerator ids, FunctionInvocationRecorder invocations) : Grain, IChatFunctionDirectoryGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<ChatFunction> CreateFunction(CreateChatFunction command)
    {
        if (command.ApplicationId != ApplicationId) throw KittyException.NotFound("Application");
        FunctionLimits.ValidateCreate(command);
        var id = ids.NextId();
        var name = GrainFactory.GetGrain<IUniqueNameGrain>(UniqueNames.Function(ApplicationId, command.Type, command.Name));
        if (await name.Claim(id) != id)
            throw new KittyException(KittyError.DuplicateResourceError, $"A '{command.Type}' function named '{command.Name}' already exists.");
        try
        {
            return await GrainFactory.GetGrain<IChatFunctionGrain>(id).Create(command);
        }
        catch
        {
            await name.Release(id);
            throw;
        }
    }

    public async Task<Page<ChatFunction>> ListFunctions(PageRequest page)
    {
        var runtime = await GrainFactory.GetGrain<IChatRuntimeGrain>(ApplicationId).Get();
        return await store.ListFunctions(ApplicationId, runtime.Reference, page);
    }

    public async Task<ChatFunctionVersion> GetVersion(long versionId) =>
        await store.GetFunctionVersion(ApplicationId, versionId) ?? throw KittyException.NotFound("Function version");

    public async Task<Page<ChatFunctionInvocation>> ListInvocations(long functionId, PageRequest page)
    {
        await GrainFactory.GetGrain<IChatFunctionGrain>(functionId).Get(ApplicationId);
        await invocations.FlushAsync();
        return await store.ListFunctionInvocations(ApplicationId, functionId, page);
    }
}
