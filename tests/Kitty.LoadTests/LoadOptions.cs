using System.Globalization;

namespace Kitty.LoadTests;

/// <summary>The command line of a load run.</summary>
internal sealed record LoadOptions
{
    public string Scenario { get; init; } = "fanout";
    /// <summary>The fanout's server: kitty, or the signalr or socketio baseline.</summary>
    public string Target { get; init; } = "kitty";
    public Uri? Url { get; init; }
    public string? ApiKey { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public int Sessions { get; init; } = 100;
    public int Messages { get; init; } = 2000;
    public int Senders { get; init; } = 4;
    /// <summary>Messages per second across all senders; 0 sends as fast as the server answers.</summary>
    public double Rate { get; init; }
    public bool SelfHost { get; init; }
    public bool MessagePack { get; init; }
    public int ConnectConcurrency { get; init; } = 20;
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public string? ResultsFile { get; init; }
    /// <summary>Rooms the sessions spread over (fanout and bigroom: 1; rooms: 1,000).</summary>
    public int Rooms { get; init; } = 1;
    /// <summary>Start the target's server as a child process (pinned to <see cref="ServerCpus"/>), not in this one.</summary>
    public bool ServerProcess { get; init; }
    public string? ServerCpus { get; init; }
    /// <summary>Appends each run as a <see cref="RunRecord"/> JSON line, for the suite script.</summary>
    public string? JsonFile { get; init; }

    // connections scenario
    /// <summary>Idle connections to ramp up to.</summary>
    public int Connections { get; init; } = 10_000;
    /// <summary>Client source addresses 127.0.0.1 … 127.0.0.K the connections spread over.</summary>
    public int Sources { get; init; } = 1;
    /// <summary>Failed connection attempts after which the ramp stops: the limit was reached.</summary>
    public int MaxErrors { get; init; } = 100;
    /// <summary>How long the connections sit idle at the top while the server's CPU is measured.</summary>
    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Report every this many connections during the ramp; 0 = a tenth of the target.</summary>
    public int Checkpoint { get; init; }

    public static IReadOnlyList<string> RoomScenarios { get; } = ["fanout", "rooms", "bigroom"];

    // functions scenario
    /// <summary>runner, triggers, sessions or all.</summary>
    public string Part { get; init; } = "all";
    public IReadOnlyList<int> Callers { get; init; } = [2, 4];
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public int? IdleRuntimes { get; init; }
    public int Requests { get; init; } = 2000;
    public int Rounds { get; init; } = 4;
    public int Users { get; init; } = 50;

    // pgwrites scenario
    /// <summary>Npgsql connection string; defaults to KITTY_TEST_POSTGRES.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("KITTY_TEST_POSTGRES");
    public IReadOnlyList<int> Channels { get; init; } = [1, 1000];
    public int Writers { get; init; } = 64;
    public int Lanes { get; init; } = 2;

    // grains and durable scenarios
    /// <summary>Idle user grains the grains scenario's memory part activates.</summary>
    public int IdleGrains { get; init; } = 1_000_000;
    /// <summary>The durable scenario's store: sqlite (embedded, one node) or postgres (cluster mode).</summary>
    public string Store { get; init; } = "sqlite";

    public const string Usage = """
        Usage: Kitty.LoadTests fanout|rooms|bigroom (--url URL --api-key KEY | --self-host | --server-process) [options]
          fanout: 1 room of 1,000; rooms: 1,000 rooms of 10 at 1,000 msg/s; bigroom: 1 room of 10,000 (the defaults)
          --target T            kitty, or a baseline: signalr (the bare hub's URL) or socketio (the server's URL) (kitty)
          --rooms N             rooms (channels); session s joins room s % N
          --sessions N          users, each with a chat session in its room
          --messages N          messages sent in all; message i goes to room i % rooms
          --senders N           how many of the sessions send, at least one per room
          --rate N              messages per second across senders; 0 = as fast as answered
          --client-id ID --client-secret S   create the channel with the Platform API instead of the hub
          --messagepack         use the MessagePack hub protocol
          --connect-concurrency N   sessions connecting at once (20)
          --drain-timeout S     seconds to wait for the last deliveries (60)
          --results FILE        append the result as a Markdown table row to FILE
          --self-host           start the target's server: Kitty or the SignalR hub in this process, Socket.IO as a node child
          --server-process      start the target's server as a child process (this program's `serve`, or node)
          --server-cpus L       pin the server process to cores (a taskset list: 0 or 0-1); pin this program with
                                `taskset -c L dotnet …` (the suite script does both)
          --json FILE           append each run as a JSON line (for the suite script)

        Usage: Kitty.LoadTests connections (--url URL [--api-key KEY] | --self-host | --server-process) [options]
          ramps idle connections (Kitty: a user session each) to a number or a limit; memory and CPU per connection
          --target T            kitty, signalr or socketio (kitty)
          --connections N       connections to hold (10000)
          --sources K           client source addresses 127.0.0.1 … 127.0.0.K, round robin (1)
          --connect-concurrency N   connections opening at once (20)
          --max-errors N        failed connection attempts that end the ramp (100)
          --idle S              seconds idle at the top, measuring the server's CPU (10; 0 skips)
          --checkpoint N        report every N connections (a tenth of --connections)
          --server-process --server-cpus L --messagepack --json FILE   as for fanout

        Usage: Kitty.LoadTests serve --target kitty|signalr
          hosts the server as --self-host would, prints "Listening on URL", stops when standard input closes

        Usage: Kitty.LoadTests report --input FILE.jsonl [--markdown FILE] [--output-dir DIR]   (report --help for more)
          a suite run's records (run-suite.sh) as a Markdown section of medians, ratios and PNG charts

        Usage: Kitty.LoadTests functions [options]
          --part P              runner, triggers, sessions or all (all)
          --callers N,N         concurrent callers of FunctionRunner, one run each (2,4)
          --warmup S --duration S   seconds of warm-up and of measurement per runner run (3, 10)
          --idle-runtimes N     FunctionRunnerOptions.MaxIdleRuntimesPerVersion (the runner's default)
          --requests N          POST /rtm/sessions per mode, one at a time (2000)
          --rounds N            alternations of the two modes on one self-hosted server (4)
          --users N             user names cycled through, created by the warm-up (50)

        Usage: Kitty.LoadTests grains (--server-process | --self-host) [options]   (Kitty's user grains)
          --part P              calls, activations, memory or all (all)
          --users N             users created through the user directory for calls and activations (10,000)
          --callers N,N         concurrent callers of IUserGrain.Get, one run each; the largest also creates and activates (1,4,16)
          --idle-grains N       user grains the memory part activates and leaves idle (1,000,000)
          --warmup S --duration S   seconds of warm-up and of measurement per calls run (3, 10)
          --server-process talks to the node through an Orleans client at its gateway; --self-host through its grain factory

        Usage: Kitty.LoadTests churn --target kitty|signalr|socketio (--server-process | --self-host | --url URL ...) [options]
          --callers N,N         concurrent loops, each: connect, start a session (baselines: join a room), disconnect (8)
          --warmup S --duration S   seconds of warm-up and of measurement per run (3, 10)

        Usage: Kitty.LoadTests durable [--store sqlite|postgres] [options]   (pgmessages = durable --store postgres)
          --writers N --channels N,N --warmup S --duration S   as for pgmessages; sqlite is the embedded store of one node

        Usage: Kitty.LoadTests pgwrites [options]
          --postgres CS         Npgsql connection string of a database the run may create a table in (KITTY_TEST_POSTGRES)
          --writers N           concurrent writers, each waiting for its acknowledgement (64)
          --channels N,N        channels the writes spread over, one run each (1,1000)
          --lanes N             PostgresGroupCommit lanes, batches committing side by side (2)
          --warmup S --duration S   seconds of warm-up and of measurement per run (3, 10)

        Usage: Kitty.LoadTests pgstore [options]   (the chat store's AppendMessage, no grains)
          --postgres CS --writers N --channels N,N --warmup S --duration S   as for pgmessages

        Usage: Kitty.LoadTests pgmessages [options]   (through the grains of a node in cluster mode)
          --postgres CS         Npgsql connection string of a role that may create a database (KITTY_TEST_POSTGRES)
          --writers N           concurrent senders, each waiting for its acknowledgement (64)
          --channels N,N        channels the messages spread over, one run (and one fresh database) each (1,1000)
          --warmup S --duration S   seconds of warm-up and of measurement per run (3, 10)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        var rest = new Queue<string>(args);
        if (rest.Count > 0 && !rest.Peek().StartsWith("--", StringComparison.Ordinal))
        {
            options = Preset(rest.Dequeue());
        }

        while (rest.Count > 0)
        {
            var name = rest.Dequeue();
            string Value() => rest.Count > 0 ? rest.Dequeue() : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--target" => options with { Target = Value() },
                "--url" => options with { Url = new Uri(Value()) },
                "--api-key" => options with { ApiKey = Value() },
                "--client-id" => options with { ClientId = Value() },
                "--client-secret" => options with { ClientSecret = Value() },
                "--sessions" => options with { Sessions = Int(Value()) },
                "--messages" => options with { Messages = Int(Value()) },
                "--senders" => options with { Senders = Int(Value()) },
                "--rate" => options with { Rate = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--self-host" => options with { SelfHost = true },
                "--messagepack" => options with { MessagePack = true },
                "--connect-concurrency" => options with { ConnectConcurrency = Int(Value()) },
                "--drain-timeout" => options with { DrainTimeout = TimeSpan.FromSeconds(Int(Value())) },
                "--results" => options with { ResultsFile = Value() },
                "--rooms" => options with { Rooms = Int(Value()) },
                "--server-process" => options with { ServerProcess = true },
                "--server-cpus" => options with { ServerCpus = Cpus(Value()) },
                "--json" => options with { JsonFile = Value() },
                "--connections" => options with { Connections = Int(Value()) },
                "--sources" => options with { Sources = Int(Value()) },
                "--max-errors" => options with { MaxErrors = Int(Value()) },
                "--idle" => options with { Idle = TimeSpan.FromSeconds(Int(Value())) },
                "--checkpoint" => options with { Checkpoint = Int(Value()) },
                "--part" => options with { Part = Value() },
                "--callers" => options with { Callers = [.. Value().Split(',').Select(Int)] },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Int(Value())) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(Value())) },
                "--idle-runtimes" => options with { IdleRuntimes = Int(Value()) },
                "--requests" => options with { Requests = Int(Value()) },
                "--rounds" => options with { Rounds = Int(Value()) },
                "--users" => options with { Users = Int(Value()) },
                "--postgres" => options with { Postgres = Value() },
                "--writers" => options with { Writers = Int(Value()) },
                "--lanes" => options with { Lanes = Int(Value()) },
                "--channels" => options with { Channels = [.. Value().Split(',').Select(Int)] },
                "--idle-grains" => options with { IdleGrains = Int(Value()) },
                "--store" => options with { Store = Value() },
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }

        return options.Validate();
    }

    private LoadOptions Validate()
    {
        if (Scenario == "functions")
        {
            if (Part is not ("all" or "runner" or "triggers" or "sessions")) throw new ArgumentException("--part is runner, triggers, sessions or all");
            if (Callers.Count == 0 || Callers.Any(c => c < 1) || Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero
                || Rounds < 1 || Requests < Rounds || Users < 1 || IdleRuntimes < 0)
                throw new ArgumentException("Need callers >= 1, duration > 0, rounds >= 1, requests >= rounds, users >= 1");
            return this;
        }

        if (ServerCpus is not null && !ServerProcess) throw new ArgumentException("--server-cpus needs --server-process");
        if (Scenario == "grains")
        {
            if (Part is not ("all" or "calls" or "activations" or "memory")) throw new ArgumentException("--part is calls, activations, memory or all");
            if (!SelfHost && !ServerProcess) throw new ArgumentException("grains needs --server-process (an Orleans client) or --self-host (in process)");
            if (Callers.Count == 0 || Callers.Any(c => c < 1) || Users < 1 || IdleGrains < 1 || Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero)
                throw new ArgumentException("Need callers >= 1, users >= 1, idle grains >= 1, duration > 0");
            return this;
        }

        if (Scenario == "churn")
        {
            if (Target is not ("kitty" or "signalr" or "socketio")) throw new ArgumentException("--target is kitty, signalr or socketio");
            if (!SelfHost && !ServerProcess && Url is null) throw new ArgumentException("--url is required (or --self-host or --server-process)");
            if (!SelfHost && !ServerProcess && Target == "kitty" && (ApiKey is null || ClientId is null || ClientSecret is null))
                throw new ArgumentException("churn on a running Kitty needs --api-key, --client-id and --client-secret (the sessions check)");
            if (Callers.Count == 0 || Callers.Any(c => c < 1) || Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero)
                throw new ArgumentException("Need callers >= 1, duration > 0");
            return this;
        }

        if (Scenario is "durable" && Store is "sqlite")
        {
            if (Writers < 1 || Channels.Count == 0 || Channels.Any(c => c < 1) || Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero)
                throw new ArgumentException("Need writers >= 1, channels >= 1, duration > 0");
            return this;
        }

        if (Scenario is "durable" && Store is not "postgres") throw new ArgumentException("--store is sqlite or postgres");
        if (Scenario is "pgwrites" or "pgstore" or "pgmessages" or "durable")
        {
            if (string.IsNullOrWhiteSpace(Postgres)) throw new ArgumentException("--postgres (or KITTY_TEST_POSTGRES) is required");
            if (Writers < 1 || Lanes < 1 || Channels.Count == 0 || Channels.Any(c => c < 1) || Duration <= TimeSpan.Zero || Warmup < TimeSpan.Zero)
                throw new ArgumentException("Need writers >= 1, channels >= 1, duration > 0");
            return this;
        }

        if (Scenario == "serve")
        {
            if (Target is not ("kitty" or "signalr")) throw new ArgumentException("serve --target is kitty or signalr (node serves Socket.IO)");
            return this;
        }

        if (Scenario == "connections") return ValidateConnections();
        if (!RoomScenarios.Contains(Scenario)) throw new ArgumentException($"Unknown scenario '{Scenario}'");
        if (Target is not ("kitty" or "signalr" or "socketio")) throw new ArgumentException("--target is kitty, signalr or socketio");
        if (MessagePack && Target != "kitty") throw new ArgumentException("--messagepack is for --target kitty only: the baselines speak JSON");
        var hosted = SelfHost || ServerProcess;
        if (!hosted && Url is null) throw new ArgumentException("--url is required (or --self-host or --server-process)");
        if (!hosted && Target == "kitty" && string.IsNullOrEmpty(ApiKey)) throw new ArgumentException("--api-key is required for kitty (or --self-host or --server-process)");
        if (Rooms < 1 || Sessions < Rooms || Messages < 1 || Senders < Rooms || Senders > Sessions)
            throw new ArgumentException("Need rooms >= 1, sessions >= rooms, rooms <= senders <= sessions and messages >= 1");
        return this;
    }

    private LoadOptions ValidateConnections()
    {
        if (Target is not ("kitty" or "signalr" or "socketio")) throw new ArgumentException("--target is kitty, signalr or socketio");
        if (MessagePack && Target != "kitty") throw new ArgumentException("--messagepack is for --target kitty only");
        var hosted = SelfHost || ServerProcess;
        if (!hosted && Url is null) throw new ArgumentException("--url is required (or --self-host or --server-process)");
        if (!hosted && Target == "kitty" && string.IsNullOrEmpty(ApiKey)) throw new ArgumentException("--api-key is required for kitty (or --self-host or --server-process)");
        if (ServerCpus is not null && !ServerProcess) throw new ArgumentException("--server-cpus needs --server-process");
        if (Connections < 1 || Sources is < 1 or > IdleConnections.SourceAddresses.Max || ConnectConcurrency < 1 || MaxErrors < 0
            || Idle < TimeSpan.Zero || Checkpoint < 0)
            throw new ArgumentException($"Need connections >= 1, 1 <= sources <= {IdleConnections.SourceAddresses.Max}, connect-concurrency >= 1, max-errors >= 0, idle >= 0");
        return this;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Cpus(string list)
    {
        Servers.CpuSet.Mask(list);
        return list;
    }

    /// <summary>The sizes for each room scenario; every one can be overridden.</summary>
    private static LoadOptions Preset(string scenario) => scenario switch
    {
        "fanout" => new LoadOptions { Scenario = scenario, Rooms = 1, Sessions = 1000, Messages = 300, Senders = 4 },
        "rooms" => new LoadOptions { Scenario = scenario, Rooms = 1000, Sessions = 10_000, Messages = 30_000, Senders = 1000, Rate = 1000 },
        "bigroom" => new LoadOptions { Scenario = scenario, Rooms = 1, Sessions = 10_000, Messages = 100, Senders = 4 },
        "grains" => new LoadOptions { Scenario = scenario, Users = 10_000, Callers = [1, 4, 16] },
        "churn" => new LoadOptions { Scenario = scenario, Callers = [8] },
        "pgmessages" => new LoadOptions { Scenario = scenario, Store = "postgres" },
        _ => new LoadOptions { Scenario = scenario },
    };
}
