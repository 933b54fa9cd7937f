using System.Net;
using System.Text.Json.Nodes;
using Kitty.Client;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.EndToEnd.Tests.Realtime;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// The sandbox on one real server: a start-session function that tries to escape or exhaust the node fails its own
/// invocation (and its session is refused), while two SignalR clients keep talking on the same node.
/// </summary>
public sealed class FunctionSandboxTests : IAsyncLifetime
{
    // Chat users send no attack and are admitted; every attack must end in a failed invocation.
    private const string StartSessionScript = """
        async function handleEvent(event, context) {
          const attack = event.authParams.attack;
          if (attack === undefined) return true;
          console.log('trying ' + attack);
          const other = event.authParams.other;
          switch (attack) {
            case 'loop': while (true) {}
            case 'memory': { const hoard = []; while (true) hoard.push(new Array(100000).fill('x' + hoard.length)); }
            case 'chunks': { const hoard = []; while (true) hoard.push(new Array(1 << 20).fill(hoard.length + 0.5)); }
            case 'recursion': { const down = (n) => down(n + 1) + 1; return down(0); }
            case 'System': return System.IO.File.ReadAllText('/etc/passwd');
            case 'host': return host.type('System.IO.File').ReadAllText('/etc/passwd');
            case 'clr': return clr.System.Environment.Exit(1);
            case 'Packages': return Packages.java.lang.Runtime.getRuntime().exec('id');
            case 'constructor': return this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id');
            case 'require': return require('fs').readFileSync('/etc/passwd', 'utf8');
            case 'import': return (await import('fs')).readFileSync('/etc/passwd', 'utf8');
            case 'hostException':
              try { await context.getChannelApi().retrieveChannel(other.channel); } catch (e) { return String(e.hostException.GetType().Assembly.Location); }
              return 'reached the channel';
            case 'channel': return (await context.getChannelApi().retrieveChannel(other.channel)).data;
            case 'user': return (await context.getUserApi().retrieveUser(other.user)).data;
            case 'message': return (await context.getMessageApi().retrieveMessage(other.message)).data;
            case 'send': return (await context.getChannelApi().sendChannelMessage(other.channel, { type: 'TEXT', body: 'pwned' })).data;
            case 'join': return (await context.getChannelApi().addChannelMember(other.channel, { id: other.user })).data;
          }
          throw new Error('unknown attack ' + attack);
        }
        """;

    private const string SentMessageScript = """
        async function handleEvent(event) {
          console.log('relayed ' + event.message.body);
          return event.message.body;
        }
        """;

    /// <summary>Each attack and the words its failure must give as the reason.</summary>
    private static readonly Dictionary<string, string[]> Attacks = new()
    {
        ["loop"] = ["Timeout"],
        ["memory"] = ["MemoryLimit"],
        ["chunks"] = ["MemoryLimit"],
        ["recursion"] = ["call stack"],
        ["System"] = ["System is not defined"],
        ["host"] = ["host is not defined"],
        ["clr"] = ["clr is not defined"],
        ["Packages"] = ["Packages is not defined"],
        ["constructor"] = ["Cannot read properties of undefined"],
        ["require"] = ["'fs' is not available in chat functions"],
        ["import"] = ["'fs' is not available in chat functions"],
        ["hostException"] = ["Cannot read properties of undefined"],
        ["channel"] = ["Channel not found"],
        ["user"] = ["User not found"],
        ["message"] = ["Message not found"],
        ["send"] = ["Channel not found"],
        ["join"] = ["User not found", "Channel not found"],
    };

    private FunctionServer? _server;
    private OtherApplication? _other;
    private long _startSessionFunction;
    private long _sentMessageFunction;

    private FunctionServer Server => _server!;

    public async Task InitializeAsync()
    {
        // A short wall-clock limit keeps the runaway loop quick, yet leaves a memory bomb the time to reach the heap
        // limit while the other attacks and the build machine's load compete for the cores (at 2 s it sometimes did not).
        // The conversation runs for as long as the attacks do, faster than a person types: above the default 10/s.
        _server = await FunctionServer.StartAsync("--Kitty:Functions:Timeout=00:00:05", "--Kitty:Api:MessagesPerSecond=100");
        await Server.DisableGuests();
        _startSessionFunction = await Server.Deploy("user.attempted.start_session", StartSessionScript);
        _sentMessageFunction = await Server.Deploy("user.sent.message", SentMessageScript);
        _other = await OtherApplication.ProvisionAsync(Server.Server);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task EveryAttack_FailsOnlyItsOwnInvocation_WhileAConversationOnTheSameServerGoesOnInOrder()
    {
        var alice = await Server.Connect(RealtimeSession.Unique("alice"));
        var bob = await Server.Connect(RealtimeSession.Unique("bob"));
        var channel = await alice.CreateChannelAsync(new CreateChannelRequest("PUBLIC", JsonHttp.Unique("room")));
        await bob.JoinChannelAsync(channel.Id);
        var toBob = new Inbox<Message>();
        var toAlice = new Inbox<Message>();
        bob.MessageReceived += (_, e) => { if (e.Resource.User?.Id == alice.CurrentUser.Id) toBob.Add(e.Resource); };
        alice.MessageReceived += (_, e) => { if (e.Resource.User?.Id == bob.CurrentUser.Id) toAlice.Add(e.Resource); };
        await alice.StartChatSessionAsync(channel.Id);
        await bob.StartChatSessionAsync(channel.Id);

        var attacks = Task.WhenAll(Attacks.Keys.Select(Attack));
        var conversation = await Conversation.Run(alice, bob, channel.Id, toBob, toAlice, attacks);
        var refusals = await attacks;

        Assert.All(refusals, r => Assert.Equal((r.Attack, HttpStatusCode.Unauthorized, "AccessDeniedError"), (r.Attack, r.Status, r.Error)));
        var attackers = refusals.ToDictionary(r => r.Username, r => r.Attack);
        var invocations = (await Server.Invocations(_startSessionFunction))
            .Where(i => attackers.ContainsKey(i["args"]!["username"]!.GetValue<string>()))
            .ToDictionary(i => attackers[i["args"]!["username"]!.GetValue<string>()]);
        Assert.Equal(Attacks.Keys.Order(), invocations.Keys.Order());
        var wrong = Attacks.Where(a => !FailedFor(invocations[a.Key], a.Key, a.Value))
            .Select(a => $"{a.Key}: {invocations[a.Key].Status()} {invocations[a.Key]["result"]} {invocations[a.Key]["logs"]}");
        Assert.True(!wrong.Any(), string.Join(Environment.NewLine, wrong));

        Assert.True(conversation.TurnsDuring >= 3, $"Only {conversation.TurnsDuring} turns overlapped the attacks.");
        Assert.Equal(conversation.SentByAlice, conversation.ReceivedByBob);
        Assert.Equal(conversation.SentByBob, conversation.ReceivedByAlice);
        Assert.Equal(["the secret"], await _other!.MessageBodies(Server.Server));
        await ServerStillServes(alice, channel.Id, toBob, conversation.SentByAlice[^1]);
    }

    [Fact]
    public async Task RunawayStartSessionFunctions_DoNotHoldUpAnotherUsersAdmission()
    {
        var loops = Enumerable.Range(0, 3).Select(_ => Attack("loop")).ToList();
        var attackers = loops.Count;
        await WaitUntil($"{attackers} runaway functions running at once", async () => (await Server.Invocations(_startSessionFunction))
            .Count(i => i.Status() == "RUNNING" && i["args"]!["authParams"]!["attack"]?.GetValue<string>() == "loop") >= attackers);

        await using var carol = await KittyClient.StartSessionAsync(Server.Server.BaseUrl, Server.Server.Credentials.ApiKey, RealtimeSession.Unique("carol"));

        Assert.True(loops.All(l => !l.IsCompleted), "Carol was admitted only after the runaway functions timed out.");
        Assert.All(await Task.WhenAll(loops), r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
    }

    private static async Task WaitUntil(string what, Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (deadline.IsCancellationRequested) throw new Xunit.Sdk.XunitException($"Never saw {what} within 20 s.");
            await Task.Delay(20);
        }
    }

    private static bool FailedFor(JsonObject invocation, string attack, string[] reasons) =>
        invocation.Status() == "FAILED"
        && invocation.LogMessages().First() == $"trying {attack}"
        && invocation["logs"]!.AsArray().Where(l => l!["level"]!.GetValue<string>() == "error").ToList() is [{ } error]
        && reasons.Any(r => error["message"]!.GetValue<string>().Contains(r, StringComparison.Ordinal));

    private sealed record Refusal(string Attack, string Username, HttpStatusCode Status, string? Error);

    private async Task<Refusal> Attack(string attack)
    {
        var username = RealtimeSession.Unique("attacker");
        var other = new { channel = _other!.ChannelId, user = _other.UserId, message = _other.MessageId };
        var (status, body) = await Server.StartSession(username, new { attack, other });
        return new Refusal(attack, username, status, body["error"]?.GetValue<string>());
    }

    /// <summary>After the attacks: the Platform API answers, the same function admits a new user, and the chat functions still run.</summary>
    private async Task ServerStillServes(KittyClient alice, long channelId, Inbox<Message> toBob, string lastLine)
    {
        Assert.Equal("NODEJS", (await Server.Api.Get("/v1/runtimes/nodejs"))["type"]!.GetValue<string>());
        await using var carol = await KittyClient.StartSessionAsync(Server.Server.BaseUrl, Server.Server.Credentials.ApiKey, RealtimeSession.Unique("carol"));
        var sent = await alice.SendMessageAsync(channelId, "still here");
        Assert.Equal("still here", (await toBob.Next()).Body);
        var relayed = await Server.WaitForInvocation(_sentMessageFunction, i => i.ArgId("message") == sent.Id);
        Assert.Equal(("SUCCEEDED", "still here"), (relayed.Status(), relayed.Payload()!.GetValue<string>()));
        var duringTheAttacks = await Server.WaitForInvocation(_sentMessageFunction, i => i["args"]!["message"]!["body"]!.GetValue<string>() == lastLine);
        Assert.Equal("SUCCEEDED", duringTheAttacks.Status());
    }
}
