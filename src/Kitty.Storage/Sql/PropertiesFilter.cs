using System.Text.Json;
using Kitty.Abstractions.Errors;

namespace Kitty.Storage.Sql;

/// <summary>
/// "Contains" matching of a JSON properties column: every key of the query object must be present with an
/// equal value. Keys and values are bound parameters, so any key is safe.
/// </summary>
internal static class PropertiesFilter
{
    public static void Add(SqlFilter filter, SqlDialect dialect, string column, string? queryJson)
    {
        if (string.IsNullOrWhiteSpace(queryJson))
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(queryJson);
        }
        catch (JsonException)
        {
            throw KittyException.Invalid("The properties filter must be a JSON object.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw KittyException.Invalid("The properties filter must be a JSON object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                filter.Where(dialect.JsonPropertyEquals(filter, column, filter.Param(property.Name), property.Value));
            }
        }
    }
}
