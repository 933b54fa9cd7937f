using Kitty.Grains.Functions.Execution;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Kitty.Grains.Hosting;

/// <summary>
/// What a silo hosts (<c>Kitty:Roles</c>). <c>chat</c>: every chat grain (users, channels, sessions, calls, the
/// function executors that record invocations). <c>functions</c>: the function hosts that run V8. A node has both by
/// default; in a cluster, giving V8 nodes of their own means a script that brings V8 down costs function runs only.
/// Placement follows from the grain classes each silo declares: Orleans places a grain only on silos that host its
/// class, so a chat-only node's function runs go to functions nodes and the other way round.
/// </summary>
public static class NodeRoles
{
    public const string Chat = "chat";
    public const string Functions = "functions";

    public static IReadOnlyList<string> All { get; } = [Chat, Functions];

    /// <summary>Drops the grain classes of the roles this node does not have from what its silo hosts.</summary>
    public static IServiceCollection AddKittyNodeRoles(this IServiceCollection services, IReadOnlyCollection<string> roles)
    {
        var unknown = roles.Except(All, StringComparer.Ordinal).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Kitty:Roles must name one or more of {string.Join(", ", All)}; got [{string.Join(", ", roles)}].", nameof(roles));
        }

        var chat = roles.Contains(Chat);
        var functions = roles.Contains(Functions);
        services.PostConfigure<GrainTypeOptions>(options => options.Classes.RemoveWhere(type =>
            type.Assembly == typeof(NodeRoles).Assembly && (type == typeof(FunctionHostGrain) ? !functions : !chat)));
        return services;
    }
}
