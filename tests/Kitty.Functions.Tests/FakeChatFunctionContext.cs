using System.Collections.Concurrent;

namespace Kitty.Functions.Tests;

/// <summary>A test double of the bridge: records calls and answers with a function of them.</summary>
internal sealed class FakeChatFunctionContext(Func<string, string, string, Task<string>>? answer = null) : IChatFunctionContext
{
    public ConcurrentQueue<(string Api, string Method, string ArgsJson)> Calls { get; } = new();

    public Task<string> Invoke(string api, string method, string argsJson)
    {
        Calls.Enqueue((api, method, argsJson));
        return answer?.Invoke(api, method, argsJson) ?? Task.FromResult("null");
    }
}
