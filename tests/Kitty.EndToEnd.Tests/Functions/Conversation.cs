using System.Diagnostics;
using Kitty.Client;
using Kitty.Client.Models;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>Two clients taking turns in a channel while something else goes on: what each said and what the other heard.</summary>
internal sealed record Conversation(int TurnsDuring, List<string> SentByAlice, List<string> ReceivedByBob, List<string> SentByBob, List<string> ReceivedByAlice)
{
    /// <summary>Alice and Bob take turns until <paramref name="meanwhile"/> is over (and a few turns at least): each waits for the other's line.</summary>
    public static async Task<Conversation> Run(KittyClient alice, KittyClient bob, long channelId, Inbox<Message> toBob, Inbox<Message> toAlice, Task meanwhile)
    {
        var conversation = new Conversation(0, [], [], [], []);
        var during = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var turn = 0; !meanwhile.IsCompleted || turn < 3; turn++)
        {
            var overlapping = !meanwhile.IsCompleted;
            conversation.SentByAlice.Add((await alice.SendMessageAsync(channelId, $"alice {turn}")).Body!);
            conversation.ReceivedByBob.Add((await toBob.Next()).Body!);
            conversation.SentByBob.Add((await bob.SendMessageAsync(channelId, $"bob {turn}")).Body!);
            conversation.ReceivedByAlice.Add((await toAlice.Next()).Body!);
            if (overlapping && !meanwhile.IsCompleted) during++;
            await Task.Delay(50); // a conversation's pace, not a wait for anything
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(60)) throw new Xunit.Sdk.XunitException("The conversation never ended: what went on meanwhile never finished.");
        }

        return conversation with { TurnsDuring = during };
    }
}
