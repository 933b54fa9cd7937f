using Kitty.Abstractions.Functions;
using Microsoft.Extensions.Logging;

namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// The grain face of <see cref="ChatFunctionInvoker"/> for callers outside a turn that can afford a hop (channels,
/// notifications). A stateless worker on the chat side: invocations of one application run side by side.
/// </summary>
// Reentrant because an invocation may take up to the sandbox timeout: without it a silo holds one call per worker
// (as many workers as cores), so a few runaway functions would stall every other invocation of the application.
// The runner bounds how many run at once; the grain holds no state for interleaving to corrupt.
[StatelessWorker, Reentrant]
public sealed partial class ChatFunctionExecutorGrain(ChatFunctionInvoker invoker, ILogger<ChatFunctionExecutorGrain> logger)
    : Grain, IChatFunctionExecutorGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public Task<ChatFunctionOutcome> Invoke(string trigger, string eventJson) => invoker.Invoke(ApplicationId, trigger, eventJson);

    public Task<ChatFunctionOutcome> AttemptedSendMessage(long channelId, long functionId, string eventJson) =>
        invoker.AttemptedSendMessage(ApplicationId, channelId, functionId, eventJson);
}
