using System.Text.Json;

namespace Kitty.Functions.Modules;

/// <summary>
/// What <c>require.js</c> asks the host, answered as JSON (<c>{ path }</c>, <c>{ source }</c> or <c>{ error }</c>) so
/// that a refusal reaches the script as its own Error with the resolver's message, never as a host exception.
/// </summary>
public sealed class RequireHost(ModuleResolver resolver)
{
    public string ResolveModule(string request, string? parent) => Answer(() => new { path = resolver.Resolve(request, parent) });

    public string ReadModule(string path) => Answer(() => new { source = resolver.Read(path) });

    private static string Answer<T>(Func<T> answer)
    {
        try
        {
            return JsonSerializer.Serialize(answer());
        }
        catch (ModuleNotAvailableException exception)
        {
            return JsonSerializer.Serialize(new { error = exception.Message });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return JsonSerializer.Serialize(new { error = "The module could not be read." });
        }
    }
}
