using System.Text.Json;

namespace Kitty.Client.Wire;

/// <summary>Calls a hub method and returns its result as JSON (JSON null or undefined for void methods).</summary>
internal interface IHubInvoker
{
    Task<JsonElement> InvokeAsync(string method, object?[] args, CancellationToken cancellationToken);
}
