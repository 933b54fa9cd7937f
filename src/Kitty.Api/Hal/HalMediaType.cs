namespace Kitty.Api.Hal;

/// <summary>Picks the response content type from the Accept header; the body is the same either way.</summary>
internal static class HalMediaType
{
    public const string Hal = "application/hal+json";
    public const string VndHal = "application/vnd.hal+json";
    public const string Json = "application/json";

    public static string Select(string? accept) =>
        accept is not null
        && (accept.Contains(Hal, StringComparison.OrdinalIgnoreCase) || accept.Contains(VndHal, StringComparison.OrdinalIgnoreCase))
            ? Hal + "; charset=utf-8"
            : Json + "; charset=utf-8";
}
