using Kitty.Abstractions.Paging;

namespace Kitty.Abstractions.Functions;

/// <summary>
/// One chat function and its deployed versions. Keyed by function id; every call names the caller's
/// application, and a function of another application is not found.
/// </summary>
[Alias("kitty.function")]
public interface IChatFunctionGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the function (current version 0). Called by the function directory.</summary>
    [Alias("create")]
    Task<ChatFunction> Create(CreateChatFunction command);

    /// <summary>The function.</summary>
    [ReadOnly, Alias("get")]
    Task<ChatFunction> Get(long applicationId);

    /// <summary>Stores the script as the next version and makes it current.</summary>
    [Alias("deploy")]
    Task<ChatFunctionVersion> Deploy(long applicationId, string handlerScript);

    /// <summary>The current version; <c>ResourceNotFoundError</c> before the first deployment.</summary>
    [ReadOnly, Alias("get-current-version")]
    Task<ChatFunctionVersion> GetCurrentVersion(long applicationId);

    /// <summary>A page of versions, newest first unless sorted otherwise.</summary>
    [ReadOnly, Alias("list-versions")]
    Task<Page<ChatFunctionVersion>> ListVersions(long applicationId, PageRequest page);
}
