using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Api.Tests.Rendering;

internal static class Samples
{
    public static readonly DateTimeOffset Time = new(2021, 9, 16, 20, 45, 33, 696, TimeSpan.Zero);

    public static ChatUser User(long id = 1, string name = "jane", string? picture = null) =>
        new(id, 9, UserType.PERSON, name, "Jane Doe", picture, false, UserPresence.Offline, """{"team":"a"}""", Time);

    public static Message Message(MessageType type, string? body = "hi", FileProperties? file = null, ChatUser? user = null,
        IReadOnlyList<MessageMention>? mentions = null) =>
        new(100, 9, 702, 1, 50, type, user?.Id, user, body, file, null, "{}", Time, null, 0, null, 0, mentions ?? [], []);

    public static Channel Channel(ChannelType type, IReadOnlyList<ChatUser>? members = null) =>
        new(702, 9, type, type == ChannelType.DIRECT ? null : "general", type == ChannelType.DIRECT ? null : "General",
            "{}", Time, null, members, null, 50);
}
