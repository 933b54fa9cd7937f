using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.AspNetCore.SignalR;

namespace Kitty.Client.Wire;

/// <summary>
/// Turns hub failures into <see cref="KittyClientException"/>. The server raises
/// <c>HubException("&lt;ErrorName&gt;: &lt;message&gt;")</c>; SignalR's client prefixes it with
/// "An unexpected error occurred invoking '…' on the server. HubException: ".
/// </summary>
internal static partial class HubErrors
{
    private const string HubExceptionMarker = "HubException: ";

    public static KittyClientException FromHubException(HubException exception) => Parse(exception.Message, exception);

    public static KittyClientException Parse(string text, Exception? inner = null)
    {
        var marker = text.IndexOf(HubExceptionMarker, StringComparison.Ordinal);
        var payload = marker >= 0 ? text[(marker + HubExceptionMarker.Length)..] : text;
        var match = NamePattern().Match(payload);
        if (!match.Success) return new KittyClientException(KittyErrorNames.UnknownError, payload, null, inner);
        var name = match.Groups["name"].Value;
        var message = match.Groups["text"].Value;
        var coolOff = name == KittyErrorNames.RateLimitedError ? CoolOff(message) : null;
        return new KittyClientException(name, message, coolOff, inner);
    }

    /// <summary>The first ISO-8601 duration (<c>PT5S</c>, <c>PT1M30S</c>) in the text, else "N seconds"/"Nms".</summary>
    internal static TimeSpan? CoolOff(string message)
    {
        var iso = IsoDuration().Match(message);
        if (iso.Success)
        {
            try
            {
                return XmlConvert.ToTimeSpan(iso.Value);
            }
            catch (FormatException)
            {
                // Not a duration after all; try the plain forms.
            }
        }

        var plain = PlainDuration().Match(message);
        if (!plain.Success) return null;
        var amount = double.Parse(plain.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return plain.Groups["unit"].Value.StartsWith("ms", StringComparison.OrdinalIgnoreCase)
            ? TimeSpan.FromMilliseconds(amount)
            : TimeSpan.FromSeconds(amount);
    }

    [GeneratedRegex(@"^(?<name>[A-Z][A-Za-z]+):\s?(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\bP(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?\b")]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<unit>ms|milliseconds?|s\b|sec|seconds?)", RegexOptions.IgnoreCase)]
    private static partial Regex PlainDuration();
}
