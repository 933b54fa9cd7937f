namespace Kitty.Testing;

/// <summary>A fresh directory under the system temp folder, removed on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kitty-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing process: the OS cleans temp folders.
        }
    }
}
