using System.Runtime.Versioning;
using Kitty.Functions.TypeScript;
using static Kitty.Functions.Tests.Functions;

namespace Kitty.Functions.Tests;

public sealed class TypeScriptCompilerTests : IDisposable
{
    private readonly TypeScriptCompiler _compiler = new(new TypeScriptCompilerOptions());
    private readonly FunctionRunner _runner = Runner();

    [Fact]
    public async Task TypesInterfacesGenericsAndAssertions_AreStripped_AndTheHandlerRuns()
    {
        var javaScript = await Compile("""
            interface UserAttemptedStartSessionEvent { username: string; authParams: Record<string, unknown>; }
            type Box<T> = { value: T };
            const box = <T,>(value: T): Box<T> => ({ value });
            async function handleEvent(event: UserAttemptedStartSessionEvent, context: unknown): Promise<Box<string>> {
              const name = event.username as string;
              const params = event.authParams!;
              return box(name + ':' + (params['n'] satisfies unknown));
            }
            """);

        Assert.DoesNotContain("interface", javaScript);
        Assert.DoesNotContain(": Promise", javaScript);
        Assert.Equal("""{"value":"jane:1"}""", await Run(javaScript, """{"username":"jane","authParams":{"n":1}}"""));
    }

    [Fact]
    public async Task Enums_AreEmittedAsObjects()
    {
        var javaScript = await Compile("""
            enum Level { Low = 1, High }
            const enum Color { Red = 'red' }
            function handleEvent() { return [Level.High, Level[1], Color.Red]; }
            """);

        Assert.Equal("""[2,"Low","red"]""", await Run(javaScript));
    }

    [Fact]
    public async Task AnExportedHandleEvent_IsFoundByTheRunner()
    {
        var javaScript = await Compile("""
            export interface Event { n: number }
            export async function handleEvent(event: Event): Promise<number> { return event.n * 2; }
            """);

        Assert.Equal("42", await Run(javaScript, """{"n":21}"""));
    }

    [Fact]
    public async Task AnAnonymousDefaultExport_IsFoundByTheRunner()
    {
        var javaScript = await Compile("""
            export default async function (event: { n: number }): Promise<number> { return event.n + 1; }
            """);

        Assert.Equal("22", await Run(javaScript, """{"n":21}"""));
    }

    [Theory]
    [InlineData("async function handleEvent(event, context) { return event.username; }")]
    [InlineData("const handleEvent = async (event) => event.username;")]
    [InlineData("module.exports = async (event) => event.username;")]
    [InlineData("exports.handleEvent = async (event) => event.username;")]
    [InlineData("module.exports = { handleEvent: async (event) => event.username };")]
    public async Task PlainJavaScript_InAnyStyle_RunsAsBefore(string script)
    {
        Assert.Equal("\"jane\"", await Run(await Compile(script), """{"username":"jane"}"""));
    }

    [Fact]
    public async Task PlainJavaScript_KeepsSloppyModeMeaning()
    {
        var javaScript = await Compile("""
            function handleEvent(event) {
              counter = 1;
              with (event) { counter += n; }
              return [counter, this === globalThis];
            }
            """);

        Assert.DoesNotContain("use strict", javaScript);
        Assert.Equal("[3,true]", await Run(javaScript, """{"n":2}"""));
    }

    [Fact]
    public async Task AScriptThatAsksForStrictMode_StaysStrict()
    {
        var javaScript = await Compile("""
            "use strict";
            function handleEvent() { undeclared = 1; return 'sloppy'; }
            """);

        Assert.Contains("undeclared", await RunFailure(javaScript));
    }

    [Fact]
    public async Task ASyntaxError_IsReportedWithItsLineColumnAndMessage()
    {
        var compilation = await _compiler.CompileAsync("""
            function handleEvent(event: Event) {
              const x = ;
              return x;
            }
            """);

        Assert.False(compilation.Succeeded);
        var error = compilation.Errors[0];
        Assert.Equal((2, 13, "TS1109"), (error.Line, error.Column, error.Code));
        Assert.Equal("line 2, column 13: Expression expected. (TS1109)", error.ToString());
    }

    [Fact]
    public async Task ATypeError_DoesNotRefuseTheScript_BecauseTypesAreNotChecked()
    {
        var javaScript = await Compile("function handleEvent(): number { const n: number = 'text' as any as string; return n; }");

        Assert.Equal("\"text\"", await Run(javaScript));
    }

    [Fact]
    public async Task AMissingCompiler_FailsWithAClearError()
    {
        using var compiler = new TypeScriptCompiler(new TypeScriptCompilerOptions { CompilerPath = "/nonexistent/typescript/tsc" });

        var exception = await Assert.ThrowsAsync<TypeScriptCompilerException>(() => compiler.CompileAsync("function handleEvent() {}"));

        Assert.Contains("/nonexistent/typescript/tsc", exception.Message);
        Assert.Contains("not found", exception.Message);
    }

    [Fact]
    public async Task ACompilerThatOverrunsItsTimeout_IsStoppedWithAClearError()
    {
        using var compiler = new TypeScriptCompiler(new TypeScriptCompilerOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var exception = await Assert.ThrowsAsync<TypeScriptCompilerException>(() => compiler.CompileAsync("function handleEvent() {}"));

        Assert.Contains("did not finish", exception.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task ACompilerWithoutItsExecutableBit_IsMadeExecutable()
    {
        var copy = Directory.CreateTempSubdirectory("kitty-tsc-copy-");
        try
        {
            var original = new TypeScriptCompilerOptions().CompilerPath;
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(original)!))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            var tsc = Path.Combine(copy.FullName, Path.GetFileName(original));
            File.SetUnixFileMode(tsc, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            using var compiler = new TypeScriptCompiler(new TypeScriptCompilerOptions { CompilerPath = tsc });

            var compilation = await compiler.CompileAsync("function handleEvent(): number { return 1; }");

            Assert.True(compilation.Succeeded);
            Assert.True(File.GetUnixFileMode(tsc).HasFlag(UnixFileMode.UserExecute));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CompilationsBeyondTheConcurrencyLimit_WaitTheirTurn_AndAllSucceed()
    {
        using var compiler = new TypeScriptCompiler(new TypeScriptCompilerOptions { MaxConcurrentCompilations = 1 });

        var compilations = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(i => compiler.CompileAsync($"function handleEvent(): number {{ return {i}; }}")));

        Assert.Equal(["0", "1", "2", "3"], await Task.WhenAll(compilations.Select(c => Run(c.JavaScript!))));
    }

    public void Dispose()
    {
        _compiler.Dispose();
        _runner.Dispose();
    }

    private async Task<string> Compile(string source)
    {
        var compilation = await _compiler.CompileAsync(source);
        Assert.True(compilation.Succeeded, string.Join("; ", compilation.Errors));
        return compilation.JavaScript!;
    }

    private async Task<string> Run(string javaScript, string eventJson = "{}")
    {
        var result = await _runner.RunAsync(Invocation(javaScript, eventJson));
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.ResultJson!;
    }

    private async Task<string> RunFailure(string javaScript)
    {
        var result = await _runner.RunAsync(Invocation(javaScript));
        Assert.False(result.Succeeded);
        return result.Failure!.Message;
    }
}
