namespace Kitty.LoadTests.Targets;

/// <summary>One connected member of the room.</summary>
internal interface IFanoutSession : IAsyncDisposable
{
    /// <summary>Sends the run's message <paramref name="index"/> and waits for the server's answer; a failure is counted, not thrown.</summary>
    Task SendAsync(string runId, int index);
}
