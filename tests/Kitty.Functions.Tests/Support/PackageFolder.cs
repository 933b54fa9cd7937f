namespace Kitty.Functions.Tests.Support;

/// <summary>A runtime folder on disk for resolver tests, laid out as npm would (paths relative to the folder).</summary>
internal sealed class PackageFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kitty-packages-").FullName;

    public PackageFolder With(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
