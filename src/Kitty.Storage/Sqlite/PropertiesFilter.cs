using System.Text.Json;
using Kitty.Abstractions.Errors;

namespace Kitty.Storage.Sqlite;

/// <summary>
/// "Contains" matching of a JSON properties column: every key of the query object must be present with an
/// equal value. Keys and values are bound parameters matched through <c>json_each</c>, so any key is safe.
/// </summary>
internal static class PropertiesFilter
{
    public static void Add(SqlFilter filter, string column, string? queryJson)
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

            var source = $"json_each(CASE WHEN json_valid({column}) THEN {column} ELSE '{{}}' END)";
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var key = filter.Param(property.Name);
                filter.Where($"EXISTS (SELECT 1 FROM {source} j WHERE j.key = {key} AND {Match(filter, property.Value)})");
            }
        }
    }

    private static string Match(SqlFilter filter, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"j.type = 'text' AND j.atom = {filter.Param(value.GetString())}",
        JsonValueKind.Number => $"j.type IN ('integer', 'real') AND j.atom = {filter.Param(Number(value))}",
        JsonValueKind.True => "j.type = 'true'",
        JsonValueKind.False => "j.type = 'false'",
        JsonValueKind.Null => "j.type = 'null'",
        JsonValueKind.Array => $"j.type = 'array' AND j.value = json({filter.Param(value.GetRawText())})",
        _ => $"j.type = 'object' AND j.value = json({filter.Param(value.GetRawText())})",
    };

    private static object Number(JsonElement value) => value.TryGetInt64(out var integer) ? integer : value.GetDouble();
}
