using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Sessions;
using Kitty.Client.Wire;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kitty.Client;

/// <summary>
/// A user session with a Kitty server: the realtime hub <c>/rtm</c> with typed calls and typed events. Start
/// one with <see cref="StartSessionAsync"/>; dispose it to end the session. The connection reconnects by
/// itself; chat sessions are then restarted and missed messages delivered, in seq order and once each.
/// Event handlers run one at a time on the client's event loop, in arrival order: do not block in them.
/// </summary>
public sealed partial class KittyClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly SessionStarter _sessions;
    private readonly KittyClientOptions _options;
    private readonly EventLoop _loop;
    private readonly MessageSequencer _sequencer;
    private HubTransport _transport = null!;
    private int _disposed;

    private KittyClient(Uri baseUri, string apiKey, string username, object? authParams, KittyClientOptions options)
    {
        _options = options;
        _http = options.HttpMessageHandlerFactory is { } factory ? new HttpClient(factory()) : new HttpClient();
        _sessions = new SessionStarter(_http, baseUri, apiKey, username, authParams);
        _loop = new EventLoop(e => Report(e));
        _sequencer = new MessageSequencer(FetchAfterAsync);
        BaseUri = baseUri;
    }

    /// <summary>The server's base address.</summary>
    public Uri BaseUri { get; }

    /// <summary>The user of this session, as it was when the session started or last changed through this client.</summary>
    public CurrentUser CurrentUser { get; private set; } = null!;

    /// <summary>The session token (a bearer credential for <c>/rtm</c> upload endpoints).</summary>
    public string SessionToken => _sessions.Current.Token;

    /// <summary>The state of the hub connection.</summary>
    public KittyConnectionState ConnectionState => _transport.Connection.State switch
    {
        HubConnectionState.Connected => KittyConnectionState.Connected,
        HubConnectionState.Disconnected => KittyConnectionState.Disconnected,
        _ => KittyConnectionState.Reconnecting,
    };

    /// <summary>
    /// Starts a user session: <c>POST /rtm/sessions</c> for a token, then connects the hub with it.
    /// </summary>
    /// <param name="baseUri">The server, e.g. <c>https://chat.example.com/</c>.</param>
    /// <param name="apiKey">The application's API key.</param>
    /// <param name="username">Who the user is; guests are created on first use when the application allows it.</param>
    /// <param name="authParams">Anything the application's session function needs to admit the user (serialized as JSON).</param>
    /// <param name="options">Connection settings; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The connected client.</returns>
    /// <exception cref="KittyClientException"><c>AccessDeniedError</c>, <c>ValidationError</c> or <c>ConnectionError</c>.</exception>
    public static async Task<KittyClient> StartSessionAsync(
        Uri baseUri, string apiKey, string username, object? authParams = null,
        KittyClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(username);
        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        var client = new KittyClient(root, apiKey, username, authParams, options ?? new KittyClientOptions());
        try
        {
            await client.ConnectAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the session: closes the connection (ending its chat sessions; <see cref="ConnectionStateChanged"/> reports <see cref="KittyConnectionState.Disconnected"/>) and stops raising events.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (_transport is not null) await _transport.DisposeAsync();
        await _loop.DisposeAsync();
        _http.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        CurrentUser = (await _sessions.StartAsync(cancellationToken)).User;
        _transport = new HubTransport(BaseUri, _sessions.TokenAsync, _options, OnEnvelope);
        var connection = _transport.Connection;
        connection.Reconnecting += _ => Changed(KittyConnectionState.Reconnecting);
        connection.Reconnected += _ =>
        {
            _loop.Post(ResumeChatSessionsAsync);
            return Changed(KittyConnectionState.Connected);
        };
        connection.Closed += _ => Changed(KittyConnectionState.Disconnected);
        await _transport.StartAsync(cancellationToken);
    }

    private Task Changed(KittyConnectionState state)
    {
        _loop.Post(() =>
        {
            ConnectionStateChanged?.Invoke(this, state);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    private void OnEnvelope(JsonElement raw)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        _loop.Post(() => HandleEnvelopeAsync(raw));
    }

    private async Task<T> InvokeAsync<T>(string method, CancellationToken cancellationToken, params object?[] args)
    {
        var result = await InvokeJsonAsync(method, cancellationToken, args);
        try
        {
            return KittyJson.Read<T>(result) ?? throw new KittyClientException(KittyErrorNames.UnknownError, $"'{method}' returned nothing.");
        }
        catch (JsonException e)
        {
            throw new KittyClientException(KittyErrorNames.UnknownError, $"'{method}' returned an unexpected shape: {e.Message}", null, e);
        }
    }

    private Task<JsonElement> InvokeJsonAsync(string method, CancellationToken cancellationToken, params object?[] args)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return _transport.InvokeAsync(method, args, cancellationToken);
    }

    private void Report(Exception failure)
    {
        try
        {
            DispatchFailed?.Invoke(this, failure);
        }
        catch (Exception)
        {
            // A failing failure handler has nobody left to tell; the event loop must keep running.
        }
    }
}
