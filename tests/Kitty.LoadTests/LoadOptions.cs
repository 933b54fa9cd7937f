using System.Globalization;

namespace Kitty.LoadTests;

/// <summary>The command line of a load run.</summary>
internal sealed record LoadOptions
{
    public string Scenario { get; init; } = "fanout";
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

    public const string Usage = """
        Usage: Kitty.LoadTests fanout (--url URL --api-key KEY | --self-host) [options]
          --sessions N          users, each with a chat session in the channel (100)
          --messages N          messages sent in all (2000)
          --senders N           how many of the sessions send (4)
          --rate N              messages per second across senders; 0 = as fast as answered (0)
          --client-id ID --client-secret S   create the channel with the Platform API instead of the hub
          --messagepack         use the MessagePack hub protocol
          --connect-concurrency N   sessions connecting at once (20)
          --drain-timeout S     seconds to wait for the last deliveries (60)
          --results FILE        append the result as a Markdown table row to FILE
          --self-host           start a server in this process on a temporary data directory
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        var rest = new Queue<string>(args);
        if (rest.Count > 0 && !rest.Peek().StartsWith("--", StringComparison.Ordinal))
        {
            options = options with { Scenario = rest.Dequeue() };
        }

        while (rest.Count > 0)
        {
            var name = rest.Dequeue();
            string Value() => rest.Count > 0 ? rest.Dequeue() : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
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
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }

        return options.Validate();
    }

    private LoadOptions Validate()
    {
        if (Scenario != "fanout") throw new ArgumentException($"Unknown scenario '{Scenario}'");
        if (!SelfHost && (Url is null || string.IsNullOrEmpty(ApiKey))) throw new ArgumentException("--url and --api-key are required (or --self-host)");
        if (Sessions < 1 || Messages < 1 || Senders < 1 || Senders > Sessions) throw new ArgumentException("Need 1 <= senders <= sessions and messages >= 1");
        return this;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
