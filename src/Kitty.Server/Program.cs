using Kitty.Server.Hosting;

var app = KittyServer.Build(args);
await app.RunAsync();
