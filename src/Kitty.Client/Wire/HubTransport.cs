using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.Client.Wire;

/// <summary>
/// The hub connection: typed invocations over either protocol, failures as <see cref="KittyClientException"/>,
/// and the <c>Event</c> envelopes handed to the event callback in arrival order.
/// </summary>
internal sealed class HubTransport : IHubInvoker, IAsyncDisposable
{
    private const string EventMethod = "Event";
    private readonly HubConnection _connection;
    private readonly bool _messagePack;

    public HubTransport(Uri baseUri, Func<Task<string?>> accessToken, KittyClientOptions options, Action<JsonElement> onEvent)
    {
        _messagePack = options.UseMessagePack;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "rtm"), options.Transports, http =>
            {
                http.AccessTokenProvider = accessToken;
                if (options.HttpMessageHandlerFactory is { } factory) http.HttpMessageHandlerFactory = _ => factory();
                options.ConfigureConnection?.Invoke(http);
            });
        if (_messagePack) builder.AddMessagePackProtocol();
        else builder.AddJsonProtocol(json => json.PayloadSerializerOptions = KittyJson.Create());
        if (options.ReconnectDelays.Count > 0) builder.WithAutomaticReconnect(new RepeatingRetryPolicy(options.ReconnectDelays));
        options.ConfigureHubConnection?.Invoke(builder);
        _connection = builder.Build();

        var argumentType = _messagePack ? typeof(object) : typeof(JsonElement);
        _connection.On(EventMethod, [argumentType], args =>
        {
            onEvent(ToJson(args[0]));
            return Task.CompletedTask;
        });
    }

    public HubConnection Connection => _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _connection.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException)
        {
            throw new KittyClientException(KittyErrorNames.ConnectionError, $"Could not connect to the hub: {e.Message}", null, e);
        }
    }

    public async Task<JsonElement> InvokeAsync(string method, object?[] args, CancellationToken cancellationToken)
    {
        var wireArgs = _messagePack ? args.Select(ToMessagePackArgument).ToArray() : args;
        try
        {
            var result = await _connection.InvokeCoreAsync(method, _messagePack ? typeof(object) : typeof(JsonElement), wireArgs, cancellationToken);
            return ToJson(result);
        }
        catch (HubException e)
        {
            throw HubErrors.FromHubException(e);
        }
        catch (InvalidOperationException e) when (_connection.State != HubConnectionState.Connected)
        {
            throw new KittyClientException(KittyErrorNames.ConnectionError, $"'{method}' needs a connection; it is {_connection.State}.", null, e);
        }
        catch (Exception e) when (e is IOException or System.Net.WebSockets.WebSocketException)
        {
            throw new KittyClientException(KittyErrorNames.ConnectionError, $"The connection failed during '{method}'.", null, e);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static JsonElement ToJson(object? value) => value switch
    {
        JsonElement element => element,
        _ => HubPayload.FromPlain(value),
    };

    private static object? ToMessagePackArgument(object? argument) => argument switch
    {
        null or string or bool or int or long or double => argument,
        _ => HubPayload.ToPlain(KittyJson.ToElement(argument)),
    };
}
