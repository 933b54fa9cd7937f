using Kitty.Functions.Fetch;
using Kitty.Functions.Modules;
using Microsoft.ClearScript;

namespace Kitty.Functions.Tests.Support;

/// <summary>
/// The members require.js and fetch.js call on their host, delegating to the real host classes as the runner's
/// bridge does; hidden from scripts but for those members, like the bridge.
/// </summary>
[DefaultScriptUsage(ScriptAccess.None)]
public sealed class ScriptHost(RequireHost? modules = null, FetchClient? fetch = null, TimeSpan? timeLeft = null)
{
    [ScriptMember("resolveModule", ScriptAccess.Full)]
    public string ResolveModule(string request, string? parent) => modules!.ResolveModule(request, parent);

    [ScriptMember("readModule", ScriptAccess.Full)]
    public string ReadModule(string path) => modules!.ReadModule(path);

    [ScriptMember("fetch", ScriptAccess.Full)]
    public Task<string> Fetch(string url, string method, string headersJson, string? body) =>
        fetch!.SendAsync(url, method, headersJson, body, timeLeft ?? TimeSpan.FromSeconds(30), CancellationToken.None);
}
