namespace Kitty.LoadTests.Report;

/// <summary>
/// <c>report --input FILE.jsonl [--markdown FILE] [--output-dir DIR] …</c>: which suite run to summarize and where the
/// section and charts go. The machine and command files default to the script's, beside the input.
/// </summary>
internal sealed record ReportOptions
{
    public const string Usage = """
        Usage: Kitty.LoadTests report --input FILE.jsonl [options]
          --markdown FILE       append the section to FILE (tests/Kitty.LoadTests/RESULTS.md); without it, only print it
          --output-dir DIR      where the PNG charts go (default: charts/ beside --markdown, else beside the input)
          --machine FILE        lines describing the machine (default: FILE.machine.txt beside the input)
          --commands FILE       the commands that ran (default: FILE.commands.txt beside the input)
          --title TEXT          the section's heading (default: "Suite run <date> UTC (<input name>)")
          --sweep-param NAME    the parameter latency is charted against (rate)
          --bar-metric NAME     the metric of the bar chart (deliveriesPerSecond)
          --headline A,B        the metrics of the headline table, with ratios to the baselines (deliveriesPerSecond,p99Ms)
        """;

    public required string Input { get; init; }
    public string? Markdown { get; init; }
    public string? OutputDir { get; init; }
    public string? Machine { get; init; }
    public string? Commands { get; init; }
    public string? Title { get; init; }
    public string SweepParameter { get; init; } = "rate";
    public string BarMetric { get; init; } = "deliveriesPerSecond";
    public IReadOnlyList<string> Headline { get; init; } = SuiteReport.DefaultHeadline;

    /// <summary>The input's name without <c>.jsonl</c>: the charts' file names start with it, so suite runs never overwrite each other's.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(Input);

    public string ChartDirectory => OutputDir
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Markdown ?? Input))!, Markdown is null ? "" : "charts");

    public string? MachineFile => Machine ?? Beside(".machine.txt");

    public string? CommandsFile => Commands ?? Beside(".commands.txt");

    public static ReportOptions Parse(IReadOnlyList<string> args)
    {
        string? input = null;
        var options = new ReportOptions { Input = "" };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--input" => options with { Input = input = Value() },
                "--markdown" => options with { Markdown = Value() },
                "--output-dir" => options with { OutputDir = Value() },
                "--machine" => options with { Machine = Value() },
                "--commands" => options with { Commands = Value() },
                "--title" => options with { Title = Value() },
                "--sweep-param" => options with { SweepParameter = Value() },
                "--bar-metric" => options with { BarMetric = Value() },
                "--headline" => options with { Headline = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }

        return input is null ? throw new ArgumentException("--input is required") : options;
    }

    private string? Beside(string suffix)
    {
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Input))!, Stem + suffix);
        return File.Exists(file) ? file : null;
    }
}
