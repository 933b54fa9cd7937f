namespace Kitty.Abstractions.Functions;

/// <summary>One deployed handler script of a function; numbers count up from 1.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="ApplicationId">The application of the function.</param>
/// <param name="FunctionId">The function the version belongs to.</param>
/// <param name="VersionNumber">Counts up from 1 per function.</param>
/// <param name="HandlerScript">The source as deployed, TypeScript or JavaScript; what the Platform API shows.</param>
/// <param name="CreatedTime">When the version was deployed.</param>
/// <param name="CompiledScript">
/// The JavaScript the source compiled to when it was deployed, which is what runs; null for versions deployed before
/// handler scripts were compiled, which were JavaScript and run as written.
/// </param>
[GenerateSerializer, Immutable, Alias("kitty.function-version")]
public sealed record ChatFunctionVersion(
    [property: Id(0)] long Id,
    [property: Id(1)] long ApplicationId,
    [property: Id(2)] long FunctionId,
    [property: Id(3)] int VersionNumber,
    [property: Id(4)] string HandlerScript,
    [property: Id(5)] DateTimeOffset CreatedTime,
    [property: Id(6)] string? CompiledScript = null)
{
    /// <summary>The JavaScript to run: the compiled script, or the source of a version deployed before compiling.</summary>
    public string RunnableScript => CompiledScript ?? HandlerScript;
}
