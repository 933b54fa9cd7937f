using System.Collections.Concurrent;
using Kitty.Client.Models;
using Kitty.Client.Requests;

namespace Kitty.Client;

public sealed partial class KittyClient
{
    private readonly ConcurrentDictionary<long, long?> _chatSessions = new();

    /// <summary>The channels this client has chat sessions in.</summary>
    public IReadOnlyCollection<long> ChatSessionChannels => [.. _chatSessions.Keys];

    /// <summary>
    /// Starts a chat session in a channel: its events arrive live from now on, and its new messages are
    /// delivered by <see cref="MessageReceived"/> in seq order, once each, across gaps and reconnects.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel and the seq of its newest message.</returns>
    public async Task<ChatSessionStart> StartChatSessionAsync(long channelId, CancellationToken cancellationToken = default)
    {
        await _loop.RunAsync(() =>
        {
            _sequencer.Track(channelId);
            return Task.FromResult(true);
        });
        _chatSessions.TryAdd(channelId, null);
        ChatSessionStart start;
        try
        {
            start = await InvokeAsync<ChatSessionStart>("StartChatSession", cancellationToken, channelId);
        }
        catch
        {
            await ForgetAsync(channelId);
            throw;
        }

        await _loop.RunAsync(async () =>
        {
            DeliverCaughtUp(await _sequencer.Started(channelId, start.LastMessageSeq, CancellationToken.None));
            return true;
        });
        return start;
    }

    /// <summary>Ends the chat session in a channel; its events stop.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task EndChatSessionAsync(long channelId, CancellationToken cancellationToken = default)
    {
        await InvokeJsonAsync("EndChatSession", cancellationToken, channelId);
        await ForgetAsync(channelId);
    }

    /// <summary>Sets the thread whose messages and typing the chat session receives (null: the main thread only).</summary>
    /// <param name="channelId">The channel of the chat session.</param>
    /// <param name="threadId">The thread, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task SetChatSessionThreadAsync(long channelId, long? threadId, CancellationToken cancellationToken = default)
    {
        await InvokeJsonAsync("SetChatSessionThread", cancellationToken, channelId, threadId);
        if (_chatSessions.ContainsKey(channelId)) _chatSessions[channelId] = threadId;
    }

    /// <summary>
    /// Every message of a channel after a seq, oldest first: what a client that last saw
    /// <paramref name="afterSeq"/> missed. Deleted messages are absent, so seqs may skip.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="afterSeq">The seq of the last message seen.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<IReadOnlyList<Message>> CatchUpAsync(long channelId, long afterSeq, CancellationToken cancellationToken = default)
    {
        var size = Math.Max(1, _options.CatchUpPageSize);
        var missed = new SortedDictionary<long, Message>();
        var after = afterSeq;
        while (true)
        {
            var page = await ListMessagesAsync(new ListMessagesRequest(ChannelId: channelId, Page: new PageRequest(size, After: after)), cancellationToken);
            foreach (var message in page.Items.Where(m => m.Seq > afterSeq)) missed.TryAdd(message.Seq, message);
            var newest = page.Items.Count == 0 ? after : page.Items.Max(m => m.Seq);
            if (page.Items.Count < size || newest <= after) return [.. missed.Values];
            after = newest;
        }
    }

    private Task<IReadOnlyList<Message>> FetchAfterAsync(long channelId, long afterSeq, CancellationToken cancellationToken) =>
        CatchUpAsync(channelId, afterSeq, cancellationToken);

    private Task ForgetAsync(long channelId)
    {
        _chatSessions.TryRemove(channelId, out _);
        return _loop.RunAsync(() =>
        {
            _sequencer.Forget(channelId);
            return Task.FromResult(true);
        });
    }

    /// <summary>After a reconnect the server has ended this connection's chat sessions: start them again and catch up.</summary>
    private async Task ResumeChatSessionsAsync()
    {
        foreach (var channelId in _sequencer.Channels.ToList())
        {
            try
            {
                await InvokeJsonAsync("StartChatSession", CancellationToken.None, channelId);
                if (_chatSessions.TryGetValue(channelId, out var threadId) && threadId is not null)
                {
                    await InvokeJsonAsync("SetChatSessionThread", CancellationToken.None, channelId, threadId);
                }

                DeliverCaughtUp(await _sequencer.Resume(channelId, CancellationToken.None));
            }
            catch (Exception e)
            {
                Report(e);
            }
        }
    }
}
