namespace Kitty.Grains.Channels;

/// <summary>Who hears of typing on their user stream: members without a chat session, but the typist, in small channels.</summary>
internal static class TypingAudience
{
    public static IReadOnlyList<long> MembersAway(IReadOnlyCollection<long> members, IEnumerable<long> participants, long typistId, int maxMembers)
    {
        if (members.Count > maxMembers) return [];
        var inChat = participants.ToHashSet();
        return [.. members.Where(m => m != typistId && !inChat.Contains(m))];
    }
}
