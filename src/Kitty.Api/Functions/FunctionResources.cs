using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Functions;
using Kitty.Api.Hal;
using Kitty.Api.Json;

namespace Kitty.Api.Functions;

/// <summary>Renders the runtime, functions, versions and invocations.</summary>
internal static class FunctionResources
{
    /// <summary>
    /// The runtime with the platform's variables added (the client secret never: it is only stored hashed,
    /// and the execution core injects it).
    /// </summary>
    public static ChatRuntimeResource Render(ChatRuntime runtime, Abstractions.Applications.Application application, ApiLinks links)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["CHATKITTY_APPLICATION_ID"] = application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CHATKITTY_CLIENT_ID"] = application.ClientId,
            ["CHATKITTY_CHAT_SERVICE_BASE_URL"] = links.BaseUrl,
            ["CHATKITTY_AUTHORIZATION_SERVICE_BASE_URL"] = links.BaseUrl,
        };
        foreach (var (name, value) in runtime.EnvironmentVariables)
        {
            variables.TryAdd(name, value);
        }

        return new(
            runtime.Id,
            runtime.Type,
            runtime.Version,
            [.. runtime.Dependencies.Select(d => new ChatRuntimeDependencyResource(d.Name, d.Version, d.DefaultDependency))],
            variables,
            runtime.InitializationScript is { } script ? new ChatRuntimeScriptResource(script) : null,
            new HalLinks()
                .Add("self", links, ApiPaths.NodeJsRuntime)
                .Add("dependencies", links, $"{ApiPaths.NodeJsRuntime}/dependencies")
                .Add("initializationScript", links, $"{ApiPaths.NodeJsRuntime}/initialization-script")
                .Add("functions", links, $"{ApiPaths.NodeJsRuntime}/functions")
                .Add("application", links, ApiPaths.Application));
    }

    public static ChatFunctionResource Render(ChatFunction function, ApiLinks links) =>
        new(
            function.Id,
            function.Type,
            function.Name,
            function.Description,
            function.Enabled,
            function.CurrentVersionNumber,
            new ChatFunctionRuntimeResource(function.Runtime.Id, function.Runtime.Type, function.Runtime.Version),
            new HalLinks()
                .Add("self", links, ApiPaths.Function(function.Id))
                .Add("versions", links, $"{ApiPaths.Function(function.Id)}/versions")
                .Add("invocations", links, $"{ApiPaths.Function(function.Id)}/invocations")
                .Add("currentVersion", links, $"{ApiPaths.Function(function.Id)}/current-version")
                .Add("application", links, ApiPaths.Application));

    public static ChatFunctionVersionResource Render(ChatFunctionVersion version, ApiLinks links) =>
        new(
            version.Id,
            version.VersionNumber,
            version.HandlerScript,
            new HalLinks()
                .Add("self", links, ApiPaths.FunctionVersion(version.Id))
                .Add("function", links, ApiPaths.Function(version.FunctionId))
                .Add("application", links, ApiPaths.Application));

    public static ChatFunctionInvocationResource Render(ChatFunctionInvocation invocation, ApiLinks links) =>
        new(
            invocation.Id,
            invocation.VersionNumber,
            KittyJson.Raw(invocation.ArgsJson),
            KittyJson.Raw(invocation.ResultJson),
            invocation.Status.ToString(),
            invocation.CreatedTime,
            KittyJson.Raw(string.IsNullOrEmpty(invocation.Logs) ? "[]" : invocation.Logs),
            new HalLinks()
                .Add("function", links, ApiPaths.Function(invocation.FunctionId))
                .Add("application", links, ApiPaths.Application));
}
