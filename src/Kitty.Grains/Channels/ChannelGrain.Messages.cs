using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Realtime;
using Kitty.Abstractions.Users;
using Kitty.Grains.Json;
using Kitty.Grains.Messages;
using Kitty.Storage;

namespace Kitty.Grains.Channels;

public sealed partial class ChannelGrain
{
    // Sends in flight by (sender, client message id): sends interleave, so a retry arriving while the first attempt is
    // still being written waits for it instead of storing the message twice.
    private readonly Dictionary<(long? UserId, string ClientMessageId), Task<Message>> _sending = [];
    private ChannelMessageLog? _log;

    private ChannelMessageLog Log => _log ??= new ChannelMessageLog(ChannelId, store, ids, AnnounceSent);

    public async Task<Message> SendMessage(SendMessage command)
    {
        if (command.ClientMessageId is not { } clientMessageId) return await Send(command);
        var key = (command.UserId, clientMessageId);
        if (_sending.TryGetValue(key, out var inFlight)) return await inFlight;
        var sending = Send(command);
        _sending[key] = sending;
        try
        {
            return await sending;
        }
        finally
        {
            _sending.Remove(key);
        }
    }

    private async Task<Message> Send(SendMessage command)
    {
        EnsureVisibleTo(command.ApplicationId);
        ValidateContent(command);
        if (command.UserId is { } sender) EnsureMember(sender);
        if (command.ClientMessageId is { } clientMessageId &&
            await store.FindByClientMessageId(ChannelId, command.UserId, clientMessageId) is { } original)
            return original;

        var user = command.UserId is { } userId
            ? await GrainFactory.GetGrain<IUserGrain>(userId).Get(command.ApplicationId)
            : null;
        // Blocking user.attempted.send_message: before anything is stored (a reply's thread included).
        if (user is not null && !command.SentByChatFunction) command = await AttemptSend(command, user);
        var (thread, parent) = await ResolveThread(command);
        var body = command.Body;
        var message = new Message(
            Id: 0,
            ApplicationId: command.ApplicationId,
            ChannelId: ChannelId,
            Seq: 0,
            ThreadId: thread.Id,
            Type: (command.File, user) switch
            {
                (null, null) => MessageType.SYSTEM_TEXT,
                (null, _) => MessageType.TEXT,
                (_, null) => MessageType.SYSTEM_FILE,
                _ => MessageType.FILE,
            },
            UserId: user?.Id,
            User: user,
            Body: body,
            File: command.File,
            GroupTag: string.IsNullOrEmpty(command.GroupTag) ? null : command.GroupTag,
            PropertiesJson: JsonProperties.Normalize(command.PropertiesJson),
            CreatedTime: time.GetUtcNow(),
            LastEditedTime: null,
            NestedLevel: thread.Type switch
            {
                ReplyThreadType.MAIN => 0,
                ReplyThreadType.STANDALONE => 1,
                _ => (parent?.NestedLevel ?? 0) + 1,
            },
            ParentMessageId: parent?.Id,
            RepliesCount: 0,
            Mentions: body is null ? [] : await ParseMentions(command.ApplicationId, body),
            Links: body is null ? [] : MessageTextParser.FindLinks(body));
        var sent = await Log.Append(message, command.ClientMessageId);
        await NotifyAway(sent, parent);
        // One-way: the user.sent.message function runs after the send and never delays or fails it.
        if (sent.UserId is not null && !command.SentByChatFunction) await GrainFactory.GetGrain<IChatFunctionExecutorGrain>(command.ApplicationId).MessageSent(sent);
        return sent;
    }

    public async Task<Message> UpdateMessage(long applicationId, long messageId, MessagePatch patch)
    {
        EnsureVisibleTo(applicationId);
        var message = await GetMessageOfThisChannel(messageId);
        var edited = message;
        if (patch.Body is { } body)
        {
            if (message.Type is not (MessageType.TEXT or MessageType.SYSTEM_TEXT))
                throw KittyException.Invalid("Only text messages have a body to edit.");
            ValidateBody(body);
            edited = edited with
            {
                Body = body,
                LastEditedTime = time.GetUtcNow(),
                Mentions = await ParseMentions(applicationId, body),
                Links = MessageTextParser.FindLinks(body),
            };
        }

        edited = edited with { PropertiesJson = JsonProperties.MergePatch(message.PropertiesJson, patch.PropertiesPatchJson) };
        await store.UpdateMessage(applicationId, messageId, edited.Body, edited.LastEditedTime, edited.PropertiesJson);
        await Publish(new ChatEvent(ChatEventTypes.MessageUpdated, ChannelId, Seq: edited.Seq, Message: edited));
        return edited;
    }

    public async Task<ReplyThread> DeleteMessage(long applicationId, long messageId)
    {
        EnsureVisibleTo(applicationId);
        var message = await GetMessageOfThisChannel(messageId);
        await store.DeleteMessage(applicationId, messageId);
        await Publish(new ChatEvent(ChatEventTypes.MessageDeleted, ChannelId, Seq: message.Seq, Message: message));
        // The store counted the reply out of its parent's replies: the parent is announced as updated.
        if (message.ParentMessageId is { } parentId && await store.GetMessage(applicationId, parentId) is { } parent)
            await Publish(new ChatEvent(ChatEventTypes.MessageUpdated, ChannelId, Seq: parent.Seq, Message: parent));
        return await store.GetThread(applicationId, message.ThreadId)
            ?? throw new InvalidOperationException($"Message {messageId} names a missing thread.");
    }

    /// <summary>The channel's highest seq: what a starting chat session has seen once it catches up.</summary>
    private Task<long> LastSeq() => Log.LastSeq();

    /// <summary>
    /// A main-thread message is <c>channel.message.created</c>, any other <c>thread.message.created</c>; a reply
    /// also updates its parent's replies count, and a sender stops typing.
    /// </summary>
    private async Task AnnounceSent(Message message)
    {
        var type = message.ThreadId == State.MainThreadId ? ChatEventTypes.MessageCreated : ChatEventTypes.ThreadMessageCreated;
        await Publish(new ChatEvent(type, ChannelId, ThreadScope(message.ThreadId), message.Seq, message));
        if (message.ParentMessageId is { } parentId && await store.GetMessage(message.ApplicationId, parentId) is { } parent)
            await Publish(new ChatEvent(ChatEventTypes.MessageUpdated, ChannelId, Seq: parent.Seq, Message: parent));
        if (message.UserId is { } senderId) await StopTyping(senderId, message.ThreadId);
        await UnhideForAll();
    }

    private async Task<(ReplyThread Thread, Message? Parent)> ResolveThread(SendMessage command)
    {
        if (command.ReplyToMessageId is { } parentId)
        {
            var parent = await GetMessageOfThisChannel(parentId);
            var thread = await store.FindMessageThread(command.ApplicationId, parentId);
            if (thread is null)
            {
                thread = new ReplyThread(ids.NextId(), command.ApplicationId, ChannelId, ReplyThreadType.MESSAGE,
                    null, parentId, JsonProperties.Empty, time.GetUtcNow());
                await store.CreateThread(thread);
            }

            return (thread, parent);
        }

        if (command.ThreadId is { } threadId && threadId != State.MainThreadId)
        {
            var thread = await GetThreadOfThisChannel(threadId);
            var parent = thread.ParentMessageId is { } id ? await store.GetMessage(command.ApplicationId, id) : null;
            return (thread, parent);
        }

        return (new ReplyThread(State.MainThreadId, State.ApplicationId, ChannelId, ReplyThreadType.MAIN, null, null,
            JsonProperties.Empty, State.CreatedTime), null);
    }

    private async Task<IReadOnlyList<MessageMention>> ParseMentions(long applicationId, string body)
    {
        var mentions = new List<MessageMention>();
        foreach (var (type, tag, name, start, end) in MessageTextParser.FindMentions(body))
        {
            var key = type == MentionType.USER ? UniqueNames.User(applicationId, name) : UniqueNames.Channel(applicationId, name);
            if (await GrainFactory.GetGrain<IUniqueNameGrain>(key).GetOwner() is { } targetId)
                mentions.Add(new MessageMention(type, tag, start, end, targetId));
        }

        return mentions;
    }

    private async Task<Message> GetMessageOfThisChannel(long messageId)
    {
        var message = await store.GetMessage(State.ApplicationId, messageId);
        return message is not null && message.ChannelId == ChannelId ? message : throw KittyException.NotFound("Message");
    }

    private async Task<ReplyThread> GetThreadOfThisChannel(long threadId)
    {
        var thread = await store.GetThread(State.ApplicationId, threadId);
        return thread is not null && thread.ChannelId == ChannelId ? thread : throw KittyException.NotFound("Thread");
    }

    private static void ValidateContent(SendMessage command)
    {
        if ((command.Body is null) == (command.File is null))
            throw KittyException.Invalid("A message has either a 'body' or a 'file'.");
        if (command.Body is { } body) ValidateBody(body);
        if (command.File is { } file)
        {
            if (string.IsNullOrWhiteSpace(file.Url) || string.IsNullOrWhiteSpace(file.Name) || file.Size < 0)
                throw KittyException.Invalid("A file needs a 'url', a 'name', a 'contentType' and a non-negative 'size'.");
        }

        if (command.GroupTag?.Length > ChannelRules.MaxGroupTagLength)
            throw KittyException.Invalid($"'groupTag' is longer than {ChannelRules.MaxGroupTagLength} characters.");
    }

    private static void ValidateBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) throw KittyException.Invalid("'body' must not be blank.");
        if (body.Length > ChannelRules.MaxBodyLength)
            throw KittyException.Invalid($"'body' is longer than {ChannelRules.MaxBodyLength} characters.");
    }
}
