using Kitty.Abstractions.Paging;

namespace Kitty.Abstractions.Functions;

/// <summary>
/// An application's chat functions as a whole: creation (a trigger and name pair is unique)
/// and listings. A stateless worker keyed by application id.
/// </summary>
[Alias("kitty.function-directory")]
public interface IChatFunctionDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Creates a function; <c>DuplicateResourceError</c> if the trigger already has a function of that name.</summary>
    [Alias("create-function")]
    Task<ChatFunction> CreateFunction(CreateChatFunction command);

    /// <summary>A page of the application's functions.</summary>
    [ReadOnly, Alias("list-functions")]
    Task<Page<ChatFunction>> ListFunctions(PageRequest page);

    /// <summary>A function version of this application; <c>ResourceNotFoundError</c> otherwise.</summary>
    [ReadOnly, Alias("get-version")]
    Task<ChatFunctionVersion> GetVersion(long versionId);

    /// <summary>A page of a function's invocations, newest first unless sorted otherwise.</summary>
    [ReadOnly, Alias("list-invocations")]
    Task<Page<ChatFunctionInvocation>> ListInvocations(long functionId, PageRequest page);
}
