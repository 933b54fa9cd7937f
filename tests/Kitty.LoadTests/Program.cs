using Kitty.LoadTests;
using Kitty.LoadTests.Report;
using Kitty.LoadTests.Churn;
using Kitty.LoadTests.Grains;
using Kitty.LoadTests.IdleConnections;
using Kitty.LoadTests.Servers;
using Kitty.LoadTests.Targets;

// The report reads a suite run's records instead of measuring: its options are its own.
if (args.Length > 0 && args[0] == "report")
{
    return await ReportCommand.RunAsync(args[1..]);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (options.Scenario == "serve")
{
    return await ServeCommand.RunAsync(options);
}

if (options.Scenario == "pgwrites")
{
    return await new PostgresWritesScenario(options).RunAsync() ? 0 : 1;
}

if (options.Scenario == "pgstore")
{
    return await new PostgresStoreScenario(options).RunAsync() ? 0 : 1;
}

if (options.Scenario is "pgmessages" or "durable")
{
    return await new DurableMessagesScenario(options).RunAsync() ? 0 : 1;
}

if (options.Scenario == "grains")
{
    return await new GrainsScenario(options).RunAsync() ? 0 : 1;
}

if (options.Scenario == "churn")
{
    await using var churned = await FanoutTargets.StartAsync(options);
    return await new ChurnScenario(options, churned).RunAsync() ? 0 : 1;
}

if (options.Scenario == "functions")
{
    return await new FunctionsScenario(options).RunAsync() ? 0 : 1;
}

await using var target = await FanoutTargets.StartAsync(options);
if (options.Scenario == "connections")
{
    var connections = await new ConnectionsScenario(options, target).RunAsync();
    Console.WriteLine(connections.Report());
    Console.WriteLine();
    Console.WriteLine(ConnectionsResult.TableHeader);
    Console.WriteLine(connections.TableRow());
    await connections.Record().AppendToAsync(options.JsonFile);
    return connections.Passed ? 0 : 1;
}

var result = await new FanoutScenario(options, target).RunAsync();
Console.WriteLine(result.Report());
Console.WriteLine();
Console.WriteLine(FanoutResult.TableHeader);
Console.WriteLine(result.TableRow());
if (options.ResultsFile is { } file)
{
    await File.AppendAllTextAsync(file, result.TableRow() + Environment.NewLine);
}

await result.Record().AppendToAsync(options.JsonFile);
return result.Passed ? 0 : 1;
