using System.Buffers.Binary;
using Kitty.LoadTests;
using Kitty.LoadTests.Report;
using static Kitty.EndToEnd.Tests.Load.ReportRuns;

namespace Kitty.EndToEnd.Tests.Load;

/// <summary>The report command end to end on a temporary directory: PNG charts and a section appended to the Markdown file.</summary>
public sealed class ReportChartTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _dir = Directory.CreateTempSubdirectory("kitty-report-").FullName;

    [Fact]
    public async Task Report_WritesValidPngChartsOfTheExpectedSize_AndLinksThem()
    {
        var input = await WriteRunsAsync(
            Swept("kitty", 250, 20), Swept("signalr", 250, 5), Swept("socketio", 250, 6),
            Swept("kitty", 500, 30), Swept("signalr", 500, 8), Swept("socketio", 500, 9),
            Run("fanout", "kitty", 1000, 30), Run("fanout", "signalr", 3000, 10), Run("fanout", "socketio", 2500, 10));
        var markdown = Path.Combine(_dir, "RESULTS.md");

        Assert.Equal(0, await ReportCommand.RunAsync(["--input", input, "--markdown", markdown]));

        foreach (var chart in new[] { "suite-rooms-latency.png", "suite-deliveriesPerSecond.png" })
        {
            Assert.Equal((ReportCharts.Width, ReportCharts.Height), PngSize(Path.Combine(_dir, "charts", chart)));
            Assert.Contains($"](charts/{chart})", await File.ReadAllTextAsync(markdown), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_AppendsASection_LeavingEarlierOnesAlone()
    {
        var input = await WriteRunsAsync(Run("fanout", "kitty", 1000, 30));
        var markdown = Path.Combine(_dir, "RESULTS.md");
        const string Earlier = "# Load test results\n\n## An earlier run\n\n| a | b |\n";
        await File.WriteAllTextAsync(markdown, Earlier);
        await File.WriteAllLinesAsync(Path.Combine(_dir, "suite.machine.txt"), ["CPU: test machine"]);

        Assert.Equal(0, await ReportCommand.RunAsync(["--input", input, "--markdown", markdown, "--title", "Suite run X"]));
        Assert.Equal(0, await ReportCommand.RunAsync(["--input", input, "--markdown", markdown, "--title", "Suite run Y"]));

        var text = await File.ReadAllTextAsync(markdown);
        Assert.StartsWith(Earlier, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("## Suite run X", StringComparison.Ordinal) < text.IndexOf("## Suite run Y", StringComparison.Ordinal));
        Assert.Contains("- CPU: test machine", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutInput_IsAUsageError()
    {
        Assert.Equal(2, await ReportCommand.RunAsync(["--markdown", Path.Combine(_dir, "RESULTS.md")]));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> WriteRunsAsync(params RunRecord[] runs)
    {
        var file = Path.Combine(_dir, "suite.jsonl");
        foreach (var run in runs) await run.AppendToAsync(file);
        return file;
    }

    // A PNG starts with its signature, then the IHDR chunk: length, type, width and height as big-endian integers.
    private static (int Width, int Height) PngSize(string file)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
