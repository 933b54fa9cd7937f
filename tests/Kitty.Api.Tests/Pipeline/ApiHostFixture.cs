using System.Net.Http.Headers;
using System.Text;
using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kitty.Api.Tests.Pipeline;

/// <summary>
/// The API library in a real Kestrel host over fake grains: checks the pipeline (routing, binding,
/// middleware, OpenAPI), not the domain. The real server's end-to-end suite lives elsewhere.
/// </summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    public const string ClientId = "test-client";
    public const string ClientSecret = "s3cret";
    public const long ApplicationId = 9;
    public const long MaxBody = 4096;

    private static readonly DateTimeOffset Created = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public static ChatUser Jane { get; } =
        new(1, ApplicationId, UserType.PERSON, "jane", "Jane Doe", null, false, UserPresence.Offline, "{}", Created);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kitty:Api:MaxRequestBodyBytes"] = MaxBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddKittyApi(builder.Configuration);
        builder.Services.AddSingleton(FakeGrainFactory.Create(Handlers()));
        app = builder.Build();
        app.UseKittyApi();
        app.MapKittyApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    public async Task<string> Token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new MultipartFormDataContent { { new StringContent("client_credentials"), "grant_type" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")));
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static Dictionary<string, Func<object, object?[], object?>> Handlers() => new()
    {
        ["IDeploymentGrain.GetTokenSigningKey"] = (_, _) => Task.FromResult(Enumerable.Repeat((byte)7, 32).ToArray()),
        ["IUniqueNameGrain.GetOwner"] = (key, _) => Task.FromResult<long?>((string)key == $"client-id/{ClientId}" ? ApplicationId : null),
        ["IApplicationGrain.VerifyClientSecret"] = (key, args) => Task.FromResult((long)key == ApplicationId && (string)args[0]! == ClientSecret),
        ["IApplicationGrain.Get"] = (key, _) => Task.FromResult(new Kitty.Abstractions.Applications.Application((long)key, Created, "api-key", ClientId, "{}")),
        ["IUserGrain.Get"] = (key, args) => (long)key == Jane.Id && (long)args[0]! == ApplicationId
            ? Task.FromResult(Jane)
            : throw KittyException.NotFound("User"),
        ["IUserDirectoryGrain.FindUserId"] = (_, args) => Task.FromResult<long?>((string)args[0]! == Jane.Name ? Jane.Id : null),
        ["IUserDirectoryGrain.CreateUser"] = (_, args) => Task.FromResult(Jane with { Name = ((CreateUser)args[0]!).Name }),
        ["IChannelGrain.Get"] = (key, _) => (long)key == 702
            ? Task.FromResult(new Kitty.Abstractions.Channels.Channel(702, ApplicationId, Kitty.Abstractions.Channels.ChannelType.PUBLIC,
                "general", "General", "{}", Created, null, null, null, 50))
            : throw KittyException.NotFound("Channel"),
        ["IUserDirectoryGrain.Resolve"] = (_, args) => ((UserReference)args[0]!).Username == Jane.Name || ((UserReference)args[0]!).Id == Jane.Id
            ? Task.FromResult(Jane.Id)
            : throw KittyException.NotFound("User"),
        ["IHostedFileGrain.Store"] = (key, args) => Task.FromResult(new Kitty.Abstractions.Messages.FileProperties(
            Kitty.Abstractions.Messages.FileType.HOSTED, $"/files/{key}/77/tok/{args[0]}", (string)args[0]!, (string)args[1]!, ((byte[])args[2]!).LongLength)),
        ["IChannelGrain.SendMessage"] = (key, args) =>
        {
            var command = (Kitty.Abstractions.Messages.SendMessage)args[0]!;
            var user = command.UserId is null ? null : Jane;
            var type = (command.File, user) switch
            {
                (null, null) => Kitty.Abstractions.Messages.MessageType.SYSTEM_TEXT,
                (null, _) => Kitty.Abstractions.Messages.MessageType.TEXT,
                (_, null) => Kitty.Abstractions.Messages.MessageType.SYSTEM_FILE,
                _ => Kitty.Abstractions.Messages.MessageType.FILE,
            };
            return Task.FromResult(new Kitty.Abstractions.Messages.Message(1000, ApplicationId, (long)key, 1, command.ThreadId ?? 50, type,
                command.UserId, user, command.Body, command.File, command.GroupTag, command.PropertiesJson, Created, null, 0, null, 0, [], []));
        },
        ["IUserDirectoryGrain.ListUsers"] = (_, args) =>
            Task.FromResult(new Page<ChatUser>([Jane], (PageRequest)args[1]!, 1)),
    };
}
