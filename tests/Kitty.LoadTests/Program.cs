using Kitty.LoadTests;
using Kitty.LoadTests.IdleConnections;
using Kitty.LoadTests.Servers;
using Kitty.LoadTests.Targets;

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

if (options.Scenario == "pgmessages")
{
    return await new PostgresMessagesScenario(options).RunAsync() ? 0 : 1;
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
