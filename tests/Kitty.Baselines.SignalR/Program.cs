using Kitty.Baselines.SignalR;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

string[] defaults = args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) ? [] : ["--urls", "http://127.0.0.1:0"];
var app = BaselineServer.Build([.. defaults, .. args]);
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine($"Listening on {address}{BroadcastHub.Path}");
await app.WaitForShutdownAsync();
