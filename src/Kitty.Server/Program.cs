using Kitty.Server.Hosting;

if (args is [PostgresMigrateCommand.Name, .. var rest])
{
    return await PostgresMigrateCommand.RunAsync(rest, Console.Out, Console.Error);
}

var app = KittyServer.Build(args);
await app.RunAsync();
return 0;
