using Kitty.Abstractions.Functions;
using Kitty.Functions.Packages;
using Kitty.Functions.TypeScript;
using Kitty.Grains.Functions.Execution;
using Kitty.Grains.Hosting;

namespace Kitty.Grains.Functions;

/// <summary>An application's NodeJS runtime; the runtime id is the application id (one runtime per application).</summary>
public sealed class ChatRuntimeGrain(
    [PersistentState("runtime", KittyStorage.Name)] IPersistentState<ChatRuntimeState> runtime,
    ITypeScriptCompiler compiler,
    NpmInstaller installer)
    : Grain, IChatRuntimeGrain
{
    // What Get answers: only written state, since Get interleaves with a change awaiting npm or the store.
    private ChatRuntime? _published;

    private ChatRuntimeState State => runtime.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _published = ToModel();
        return Task.CompletedTask;
    }

    public Task<ChatRuntime> Get() => Task.FromResult(_published ??= ToModel());

    public async Task<ChatRuntime> UpdateDependencies(IReadOnlyList<ChatRuntimeDependency> dependencies)
    {
        FunctionLimits.ValidateDependencies(dependencies);
        List<ChatRuntimeDependency> own = [.. dependencies.Where(d => !RuntimeDefaults.IsDefault(d.Name)).DistinctBy(d => d.Name)
            .Select(d => d with { DefaultDependency = false })];
        try
        {
            await installer.EnsureInstalledAsync(ApplicationId, RuntimeDependencies.ToInstall(own));
        }
        catch (PackageInstallException failure)
        {
            throw RuntimeDependencies.Refusal(failure);
        }

        return await Change(() => State.Dependencies = own);
    }

    public Task<ChatRuntime> UpdateEnvironmentVariables(IReadOnlyDictionary<string, string> variables)
    {
        FunctionLimits.ValidateVariables(variables);
        return Change(() => State.EnvironmentVariables =
            variables.Where(v => !RuntimeDefaults.IsPlatformVariable(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
    }

    public async Task<ChatRuntime> UpdateInitializationScript(string? script)
    {
        if (script?.Length > FunctionLimits.MaxScriptLength)
            throw KittyException.Invalid($"'script' is at most {FunctionLimits.MaxScriptLength} characters");
        script = string.IsNullOrEmpty(script) ? null : script;
        var compiled = script is null ? null : await ScriptCompilation.Compile(compiler, script, "script");
        return await Change(() =>
        {
            State.InitializationScript = script;
            State.CompiledInitializationScript = compiled;
        });
    }

    private string ApplicationId => this.GetPrimaryKeyLong().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<ChatRuntime> Change(Action change)
    {
        change();
        State.Revision++;
        try
        {
            await runtime.WriteStateAsync();
        }
        catch
        {
            await runtime.ReadStateAsync(); // drop the unwritten change
            throw;
        }

        var published = _published = ToModel();
        // Invocations take the runtime's settings from the trigger grain's cache: the next one must see this change.
        await GrainFactory.GetGrain<IFunctionTargetGrain>(this.GetPrimaryKeyLong()).RuntimeChanged();
        return published;
    }

    private ChatRuntime ToModel() => new(
        this.GetPrimaryKeyLong(),
        ChatRuntime.NodeJs,
        $"v{State.Revision + 1}",
        [.. RuntimeDefaults.Dependencies, .. State.Dependencies],
        new Dictionary<string, string>(State.EnvironmentVariables, StringComparer.Ordinal),
        State.InitializationScript,
        State.CompiledInitializationScript);
}
