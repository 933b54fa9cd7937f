using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;

namespace Kitty.Client.Wire;

/// <summary>Turns Kitty's HTTP error bodies <c>{ error, message }</c> into <see cref="KittyClientException"/>.</summary>
internal static class HttpErrors
{
    public static async Task<KittyClientException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorBody? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync<ErrorBody>(KittyJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Not Kitty's error body (a proxy's page?): fall back to the status.
        }

        var name = error?.Error ?? KittyErrorNames.UnknownError;
        var message = error?.Message ?? $"The request failed with HTTP {(int)response.StatusCode}.";
        TimeSpan? coolOff = error?.CoolOffDuration is { } d ? XmlConvert.ToTimeSpan(d) : null;
        return new KittyClientException(name, message, coolOff);
    }
}
