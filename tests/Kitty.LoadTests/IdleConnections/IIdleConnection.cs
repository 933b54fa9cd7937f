namespace Kitty.LoadTests.IdleConnections;

/// <summary>One connection held open and left idle (only its keep-alives flow).</summary>
internal interface IIdleConnection : IAsyncDisposable
{
    /// <summary>Still connected: never closed or dropped since it connected.</summary>
    bool IsOpen { get; }
}
