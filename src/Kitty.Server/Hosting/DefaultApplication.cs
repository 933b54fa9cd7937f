using Kitty.Abstractions.Applications;

namespace Kitty.Server.Hosting;

/// <summary>The default application of this deployment, known once the node has started.</summary>
public sealed class DefaultApplication
{
    private readonly TaskCompletionSource<(Application Application, ApplicationCredentials Credentials)> _provisioned =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<(Application Application, ApplicationCredentials Credentials)> Provisioned => _provisioned.Task;

    internal void Set(Application application, ApplicationCredentials credentials) =>
        _provisioned.TrySetResult((application, credentials));
}
