using System.Globalization;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Channels;

/// <summary>Reads the filters of <c>GET /v1/channels</c>: type, members, startTime, endTime, properties.</summary>
internal static class ChannelQueryParameters
{
    public static ChannelQuery Parse(IQueryCollection query)
    {
        var typeText = query["type"].ToString();
        var members = query["members"].Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!).ToList();
        var properties = query["properties"].ToString();
        return new ChannelQuery(
            typeText.Length == 0 ? null : JsonFields.ParseEnum<ChannelType>(typeText, "type"),
            members.Count == 0 ? null : members,
            Time(query, "startTime"),
            Time(query, "endTime"),
            properties.Length == 0 ? null : JsonBody.ParseObject(properties, "'properties'").GetRawText());
    }

    public static IEnumerable<KeyValuePair<string, string?>> Filters(IQueryCollection query)
    {
        foreach (var name in new[] { "type", "members", "startTime", "endTime", "properties" })
        {
            foreach (var value in query[name])
            {
                yield return new(name, value);
            }
        }
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw KittyException.Invalid($"'{name}' must be an ISO-8601 date-time, e.g. 2021-09-16T20:45:33.696Z");
    }
}
