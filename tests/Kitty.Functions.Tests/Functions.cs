namespace Kitty.Functions.Tests;

internal static class Functions
{
    public static FunctionRuntimeSettings Runtime(
        string applicationId = "app-1",
        string? initializationScript = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        new(applicationId, "runtime-1", initializationScript, environment ?? new Dictionary<string, string>());

    public static FunctionInvocation Invocation(
        string script,
        string eventJson = "{}",
        FunctionRuntimeSettings? runtime = null,
        IChatFunctionContext? context = null,
        string? versionId = null) =>
        new(runtime ?? Runtime(), versionId ?? Guid.NewGuid().ToString("N"), script, eventJson, context ?? new FakeChatFunctionContext());

    public static FunctionRunner Runner(TimeSpan? timeout = null) =>
        new(new FunctionRunnerOptions { Timeout = timeout ?? TimeSpan.FromSeconds(5), MaxLogEntries = 5, MaxLogEntryLength = 50 });
}
