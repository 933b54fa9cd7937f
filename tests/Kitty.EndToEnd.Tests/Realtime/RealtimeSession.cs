using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kitty.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.EndToEnd.Tests.Realtime;

/// <summary>A started user session (POST /rtm/sessions): its token and user; opens hub connections (devices).</summary>
public sealed class RealtimeSession(Uri baseUrl, string token, long userId, string username)
{
    public string Token { get; } = token;
    public long UserId { get; } = userId;
    public string Username { get; } = username;

    public static async Task<RealtimeSession> StartAsync(Uri baseUrl, string username, string apiKey = "test-api-key")
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        using var response = await http.PostAsJsonAsync("/rtm/sessions", new { apiKey, username });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        var root = body.RootElement;
        Assert.True(root.GetProperty("expiresIn").GetInt64() > 0);
        return new RealtimeSession(baseUrl, root.GetProperty("token").GetString()!,
            root.GetProperty("user").GetProperty("id").GetInt64(), username);
    }

    public static Task<RealtimeSession> StartAsync(KittyServerInstance server, string username) => StartAsync(server.BaseUrl, username);

    /// <summary>A new connected device of this user, recording every event it receives.</summary>
    public async Task<Device> ConnectAsync(bool messagePack = false)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/rtm"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(Token));
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }

        var connection = builder.Build();
        var device = new Device(connection);
        await connection.StartAsync();
        return device;
    }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
