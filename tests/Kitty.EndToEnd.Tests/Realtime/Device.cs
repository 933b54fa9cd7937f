using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>One hub connection and the events it received, in order; waits on events with a timeout, never sleeps.</summary>
public sealed class Device : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly List<JsonElement> events = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Done)> waiters = [];

    public Device(HubConnection connection)
    {
        Connection = connection;
        connection.On<object>("Event", Record);
        connection.Closed += error =>
        {
            ClosedWith.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    public TaskCompletionSource<Exception?> ClosedWith { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<JsonElement> Events
    {
        get
        {
            lock (events)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Invokes a hub method; the result as JSON whatever the protocol.</summary>
    public async Task<JsonElement> Call(string method, params object?[] args) =>
        Json.From(await Connection.InvokeCoreAsync<object?>(method, args));

    /// <summary>Waits for the first event (already received or coming) that matches.</summary>
    public async Task<JsonElement> WaitFor(Func<JsonElement, bool> match, string what)
    {
        TaskCompletionSource<JsonElement> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (events)
        {
            var seen = events.FirstOrDefault(match);
            if (seen.ValueKind != JsonValueKind.Undefined)
            {
                return seen;
            }

            waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No event {what} within {Timeout}; got: {string.Join(", ", Events.Select(e => e.GetProperty("type").GetString()))}");
        }
    }

    public Task<JsonElement> WaitFor(string type, Func<JsonElement, bool>? match = null) =>
        WaitFor(e => e.GetProperty("type").GetString() == type && (match?.Invoke(e) ?? true), type);

    /// <summary>The events received before the first event that matches <paramref name="marker"/>.</summary>
    public IReadOnlyList<JsonElement> Before(JsonElement marker) =>
        [.. Events.TakeWhile(e => e.GetRawText() != marker.GetRawText())];

    private void Record(object envelope)
    {
        var element = Json.From(envelope);
        lock (events)
        {
            events.Add(element);
            foreach (var waiter in waiters.Where(w => w.Match(element)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(element);
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
