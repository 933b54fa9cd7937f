using System.Diagnostics;
using Kitty.LoadTests.Servers;
using Kitty.LoadTests.Targets;

namespace Kitty.LoadTests.IdleConnections;

/// <summary>
/// Ramps idle connections to <see cref="LoadOptions.Connections"/>, spread over source addresses, until they are all
/// up or <see cref="LoadOptions.MaxErrors"/> attempts failed (the limit); then lets them sit idle and checks every one
/// is still connected. Measures what holding them costs the server: memory and CPU per connection.
/// </summary>
internal sealed class ConnectionsScenario(LoadOptions options, IFanoutTarget target)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly IIdleConnection?[] _connections = new IIdleConnection?[options.Connections];
    private readonly List<RampCheckpoint> _checkpoints = [];
    private readonly CancellationTokenSource _stop = new();
    private int _held, _errors, _drops;
    private string? _lastError;

    public async Task<ConnectionsResult> RunAsync()
    {
        using var sources = new SourceAddresses(options.Sources);
        var connector = IdleConnectors.For(target, _runId, options.MessagePack);
        WarnAboutOpenFiles();
        var serverBefore = ServerUsage();
        var clientBefore = ClientUsage();
        Console.WriteLine($"Ramping {options.Connections:N0} idle connections to {target.Name} at {target.Url} from {options.Sources} source address(es), {options.ConnectConcurrency} at a time; server {serverBefore.ResidentBytes / 1048576.0:F0} MiB before");
        try
        {
            var ramp = Stopwatch.StartNew();
            await RampAsync(connector, sources, ramp, serverBefore);
            ramp.Stop();
            var afterRamp = Checkpoint(Volatile.Read(ref _held), ramp.Elapsed, serverBefore);
            Console.WriteLine($"Ramp ended: {afterRamp}");

            var idleStart = ServerUsage();
            var clientIdleStart = ClientUsage();
            var idle = Stopwatch.StartNew();
            if (options.Idle > TimeSpan.Zero) await Task.Delay(options.Idle);
            var idleWindow = new UsageWindow(idleStart, ServerUsage(), clientIdleStart, ClientUsage(), idle.Elapsed, target.ServerPid == Environment.ProcessId);
            // Snapshot before disposing: our own closes are not drops.
            var stillOpen = _connections.Count(c => c is { IsOpen: true });
            return new ConnectionsResult(
                options, target.Name, _held, ramp.Elapsed, Volatile.Read(ref _errors), _lastError, Volatile.Read(ref _drops), stillOpen,
                serverBefore, clientBefore, idleWindow, [.. _checkpoints],
                [.. sources.All.Select(s => (s.Address.ToString(), s.SocketsBound))],
                target.ServerPid is { } pid ? OpenFiles.Count(pid) : 0);
        }
        finally
        {
            await CloseAllAsync();
            _stop.Dispose();
        }
    }

    private async Task RampAsync(IIdleConnector connector, SourceAddresses sources, Stopwatch ramp, ProcessUsage serverBefore)
    {
        var every = options.Checkpoint > 0 ? options.Checkpoint : Math.Max(1, options.Connections / 10);
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Connections),
                new ParallelOptions { MaxDegreeOfParallelism = options.ConnectConcurrency, CancellationToken = _stop.Token },
                async (index, cancellationToken) =>
                {
                    if (!await ConnectAsync(connector, index, sources.For(index), cancellationToken)) return;
                    var held = Interlocked.Increment(ref _held);
                    if (held % every == 0 && held < options.Connections) Console.WriteLine(Checkpoint(held, ramp.Elapsed, serverBefore));
                });
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The error limit stopped the ramp; the result says so.
        }
    }

    private async Task<bool> ConnectAsync(IIdleConnector connector, int index, SourceAddress source, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            _connections[index] = await connector.ConnectAsync(index, source, () => Interlocked.Increment(ref _drops), timeout.Token);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var error = e is OperationCanceledException ? $"timed out after {ConnectTimeout.TotalSeconds:F0} s" : $"{e.GetType().Name}: {Innermost(e).Message}";
            _lastError = error;
            var errors = Interlocked.Increment(ref _errors);
            if (errors <= 5 || errors % 100 == 0) Console.Error.WriteLine($"Connection {index} from {source.Address} failed ({errors} so far): {error}");
            if (errors > options.MaxErrors) await _stop.CancelAsync();
            return false;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the error limit while connecting: not one more error.
            return false;
        }
    }

    private RampCheckpoint Checkpoint(int held, TimeSpan elapsed, ProcessUsage serverBefore)
    {
        var server = ServerUsage();
        var checkpoint = new RampCheckpoint(held, elapsed, Volatile.Read(ref _errors), server.ResidentBytes / 1048576.0,
            (server.CpuTime - serverBefore.CpuTime).TotalSeconds, ClientUsage().ResidentBytes / 1048576.0);
        lock (_checkpoints) _checkpoints.Add(checkpoint);
        return checkpoint;
    }

    private async Task CloseAllAsync()
    {
        var close = Stopwatch.StartNew();
        await Parallel.ForEachAsync(_connections.OfType<IIdleConnection>(), new ParallelOptions { MaxDegreeOfParallelism = 200 },
            async (connection, _) => await connection.DisposeAsync());
        Console.WriteLine($"Closed {Volatile.Read(ref _held):N0} connections in {close.Elapsed.TotalSeconds:F1} s");
    }

    // One descriptor per connection on each side: past RLIMIT_NOFILE every accept or connect fails with EMFILE.
    private void WarnAboutOpenFiles()
    {
        foreach (var (who, pid) in new[] { ("this process", Environment.ProcessId), ("the server", target.ServerPid ?? 0) })
        {
            if (pid == 0) continue;
            var limit = OpenFiles.Limit(pid);
            if (limit > 0 && limit < options.Connections + 1000)
                Console.WriteLine($"Warning: {who} may open {limit:N0} files (ulimit -n; hard limit ulimit -Hn): it cannot hold {options.Connections:N0} connections");
        }
    }

    private ProcessUsage ServerUsage() => target.ServerPid is { } pid ? ProcessUsage.Read(pid) : default;

    private static ProcessUsage ClientUsage() => ProcessUsage.Read(Environment.ProcessId);

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
