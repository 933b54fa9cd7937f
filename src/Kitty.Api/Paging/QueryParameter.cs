namespace Kitty.Api.Paging;

/// <summary>Filter query parameters carried into page links (null values are left out).</summary>
internal static class QueryParameter
{
    public static KeyValuePair<string, string?> Of(string name, string? value) => new(name, value);

    public static IEnumerable<KeyValuePair<string, string?>> Many(string name, IEnumerable<string>? values) =>
        values?.Select(v => Of(name, v)) ?? [];
}
