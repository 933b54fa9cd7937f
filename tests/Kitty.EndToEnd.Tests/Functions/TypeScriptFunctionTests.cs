using System.Net;
using System.Text.Json.Nodes;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// Chat functions written in TypeScript, as ChatKitty's examples are: deployed over the Platform API, compiled once,
/// run on their trigger, with a TypeScript initialization script. Its own server: guests are disabled so the start-session function decides.
/// </summary>
public sealed class TypeScriptFunctionTests : IAsyncLifetime
{
    private const string InitializationScript = """
        const greeting = (name: string): string => `TS ${name}`;
        """;

    // Context is one of the types ChatKitty's editor declares; types are stripped unchecked, so it need not exist here.
    private const string StartSessionScript = """
        interface AuthParams { password?: string; displayName?: string }

        interface UserAttemptedStartSessionEvent {
          username: string;
          authParams: AuthParams;
        }

        enum Verdict { Admitted = 'admitted', Refused = 'refused' }

        function verdictOf(params: AuthParams): Verdict {
          return params.password === 'open sesame' ? Verdict.Admitted : Verdict.Refused;
        }

        async function handleEvent(event: UserAttemptedStartSessionEvent, context: Context): Promise<boolean> {
          if (verdictOf(event.authParams) !== Verdict.Admitted) throw new Error('wrong password');
          const displayName: string = event.authParams.displayName ?? event.username;
          const users = context.getUserApi();
          await users.checkUserExists(event.username)
            .catch(() => users.createUser({ name: event.username, displayName: greeting(displayName) } as const));
          return true;
        }
        """;

    private FunctionServer? _server;
    private long _functionId;

    private FunctionServer Server => _server!;
    private HttpClient Api => Server.Api;

    public async Task InitializeAsync()
    {
        _server = await FunctionServer.StartAsync();
        await Server.DisableGuests();
        await Api.Send(HttpMethod.Put, "/v1/runtimes/nodejs/initialization-script", new JsonObject { ["script"] = InitializationScript }.ToJsonString());
        _functionId = await Server.Deploy("user.attempted.start_session", StartSessionScript);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task ATypeScriptStartSessionFunction_AdmitsTheRightPassword_AndCreatesTheUserWithTheTypeScriptInitializationScriptsHelper()
    {
        var username = JsonHttp.Unique("ts-fan");

        var (status, body) = await StartSession(username, "open sesame", "Jane");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(username, body["user"]!["name"]!.GetValue<string>());
        Assert.Equal("TS Jane", body["user"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATypeScriptStartSessionFunction_RefusesAWrongPassword()
    {
        var (status, body) = await StartSession(JsonHttp.Unique("ts-intruder"), "guess", "Mallory");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AccessDeniedError", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDeployedVersion_ShowsTheTypeScriptSource()
    {
        var version = await Api.Get($"/v1/functions/{_functionId}/current-version");

        Assert.Equal(StartSessionScript, version["handlerScript"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADeployWithATypeScriptSyntaxError_Is400WithTheErrorBody_AndTheCurrentVersionStays()
    {
        const string broken = "async function handleEvent(event: UserAttemptedStartSessionEvent, context: Context) {\n  return event.;\n}";

        var body = await Api.Post($"/v1/functions/{_functionId}/versions",
            new JsonObject { ["handlerScript"] = broken }.ToJsonString(), HttpStatusCode.BadRequest);

        Assert.Equal("ValidationError", body["error"]!.GetValue<string>());
        Assert.Equal("'handlerScript' has a syntax error at line 2, column 16: Identifier expected. (TS1003)", body["message"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(body["timestamp"]!.GetValue<string>(), out _));
        Assert.Equal(1, (await Api.Get($"/v1/functions/{_functionId}"))["currentVersionNumber"]!.GetValue<int>());
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> StartSession(string username, string password, string displayName) =>
        Server.StartSession(username, new { password, displayName });
}
