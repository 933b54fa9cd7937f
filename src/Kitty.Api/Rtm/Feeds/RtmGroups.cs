using System.Globalization;

namespace Kitty.Api.Rtm.Feeds;

/// <summary>The SignalR group names: every connection of a user, the chat sessions of a channel, and of a thread.</summary>
internal static class RtmGroups
{
    public static string User(long id) => "u:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Channel(long id) => "c:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Thread(long id) => "t:" + id.ToString(CultureInfo.InvariantCulture);
}
