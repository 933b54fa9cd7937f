namespace Kitty.Grains.Functions.Execution;

/// <summary>
/// Runs chat functions in V8 for one application. Lives only on nodes of the functions role (see
/// <see cref="Hosting.NodeRoles"/>): a V8 failure there never takes a chat node down. A stateless worker, so a node
/// that has the role runs its own calls locally, and a chat-only node's calls go to a functions node.
/// </summary>
[Alias("kitty.function-host")]
public interface IFunctionHostGrain : IGrainWithIntegerKey
{
    [Alias("run")]
    Task<FunctionRunResult> Run(FunctionRun run);
}
