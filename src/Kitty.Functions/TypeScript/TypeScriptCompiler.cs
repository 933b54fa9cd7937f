using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Kitty.Functions.TypeScript;

/// <summary>
/// Runs TypeScript 7's native compiler on a handler script in a temporary directory of its own. Compiling happens
/// once per deployed version, so a process per compilation (tens of milliseconds) is cheap enough and keeps the
/// compiler out of the server's address space.
/// </summary>
public sealed class TypeScriptCompiler : ITypeScriptCompiler, IDisposable
{
    private const string SourceFile = "handler.ts";
    private const string OutputDirectory = "out";

    // --noCheck: types are stripped, never checked, so only syntax errors refuse a deploy.
    // --lib es5: unchecked code only needs the global types to exist, and es5's load in a fraction of esnext's time.
    // --target esnext: nothing is down-levelled, so JavaScript runs as written on the sandbox's V8.
    // --ignoreConfig: a tsconfig.json in some parent directory must not change what a deploy means.
    private static readonly string[] Arguments =
    [
        "--noCheck", "--noEmitOnError", "--ignoreConfig", "--singleThreaded", "--pretty", "false",
        "--lib", "es5", "--target", "esnext", "--module", "commonjs", "--newLine", "lf",
        "--outDir", OutputDirectory, SourceFile,
    ];

    private readonly TypeScriptCompilerOptions _options;
    private readonly SemaphoreSlim _slots;
    private volatile bool _executable;

    public TypeScriptCompiler(TypeScriptCompilerOptions options)
    {
        options.Validate();
        _options = options;
        _slots = new SemaphoreSlim(options.MaxConcurrentCompilations);
    }

    public async Task<TypeScriptCompilation> CompileAsync(string source, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureExecutable();
            var directory = Directory.CreateTempSubdirectory("kitty-tsc-");
            try
            {
                return await CompileIn(directory.FullName, source, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                TryDelete(directory);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<TypeScriptCompilation> CompileIn(string directory, string source, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(Path.Combine(directory, SourceFile), source, new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
        var (exitCode, output) = await RunCompiler(directory, cancellationToken).ConfigureAwait(false);
        if (exitCode == 0)
        {
            var emitted = Path.Combine(directory, OutputDirectory, Path.ChangeExtension(SourceFile, ".js"));
            if (!File.Exists(emitted))
            {
                throw new TypeScriptCompilerException($"The TypeScript compiler succeeded but wrote no JavaScript: {output}");
            }

            var javaScript = await File.ReadAllTextAsync(emitted, cancellationToken).ConfigureAwait(false);
            return TypeScriptCompilation.Compiled(StrictDirective.RemoveFromScript(source, javaScript));
        }

        var errors = TscDiagnostics.Parse(output, SourceFile);
        return errors.Count > 0
            ? TypeScriptCompilation.Failed(errors)
            : throw new TypeScriptCompilerException($"The TypeScript compiler failed with exit code {exitCode}: {output}");
    }

    private async Task<(int ExitCode, string Output)> RunCompiler(string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.CompilerPath)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new TypeScriptCompilerException($"The TypeScript compiler at {_options.CompilerPath} could not be started: {exception.Message}", exception);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TypeScriptCompilerException(
                $"The TypeScript compiler did not finish within {_options.Timeout.TotalSeconds:0.#} s and was stopped.");
        }

        return (process.ExitCode, ((await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false))).Trim());
    }

    // NuGet does not always keep the executable bit when it extracts a package.
    private void EnsureExecutable()
    {
        if (_executable) return;
        var path = _options.CompilerPath;
        if (!File.Exists(path))
        {
            throw new TypeScriptCompilerException(
                $"The TypeScript compiler was not found at {path}; the build copies it from the Microsoft.TypeScript.MSBuild package to typescript/ beside Kitty's assemblies.");
        }

        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var mode = File.GetUnixFileMode(path);
                if ((mode & UnixFileMode.UserExecute) == 0)
                {
                    File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new TypeScriptCompilerException($"The TypeScript compiler at {path} is not executable and cannot be made so: {exception.Message}", exception);
            }
        }

        _executable = true;
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary directory is harmless; failing the deploy for it would not be.
        }
    }
}
