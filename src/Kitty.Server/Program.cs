using Kitty.Server.Hosting;

if (args is [PostgresMigrateCommand.Name, .. var rest])
{
    return await PostgresMigrateCommand.RunAsync(rest, Console.Out, Console.Error);
}

WebApplication app;
try
{
    app = KittyServer.Build(args);
}
catch (NodeConfigurationException e)
{
    await Console.Error.WriteLineAsync($"Kitty cannot start: {e.Message}");
    return 2;
}

await app.RunAsync();
return 0;
