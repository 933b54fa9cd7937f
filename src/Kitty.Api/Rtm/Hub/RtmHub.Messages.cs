using System.Text.Json;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Paging;
using Kitty.Api.Files;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Rtm.Rendering;
using Orleans.Runtime;

namespace Kitty.Api.Rtm.Hub;

/// <summary>Messages and keystrokes (realtime-protocol.md §2.1).</summary>
internal sealed partial class RtmHub
{
    /// <summary>
    /// <c>SendMessage({ channelId | threadId | replyToMessageId, body | file, groupTag?, properties?, clientMessageId? })</c>;
    /// idempotent by <c>clientMessageId</c>.
    /// </summary>
    public async Task<object?> SendMessage(object? request)
    {
        var body = HubArgs.Object(request, "request");
        // The channel grain refuses a sender who is not a member (NotAChannelMemberError) before it stores anything,
        // so the hub does not read the channel first: that read was a store query on every message sent.
        var target = await Target(body, checkMembership: false);
        var text = body.OptionalString("body", allowEmpty: true);
        var file = body.OptionalObject("file") is { } f ? ExternalFileRequest.Parse(f, "file.") : null;
        if ((text is null) == (file is null))
        {
            throw KittyException.Invalid("Exactly one of 'body' or 'file' is required");
        }

        var command = new SendMessage(
            App, Me, text, file,
            body.OptionalString("groupTag", allowEmpty: true),
            body.OptionalObjectJson("properties") ?? "{}",
            target.ThreadId, target.ReplyToMessageId,
            body.OptionalString("clientMessageId"));
        var channel = grains.GetGrain<IChannelGrain>(target.ChannelId);
        Message message;
        try
        {
            message = await channel.SendMessage(command);
        }
        catch (SiloUnavailableException) when (command.ClientMessageId is not null)
        {
            // A silo the send depended on died with it in flight, so the message may or may not be stored; its client
            // message id makes sending it again safe: the channel returns what it stored, or stores it now.
            message = await channel.SendMessage(command);
        }

        return await RenderMessage(message);
    }

    /// <summary>
    /// <c>ListMessages({ channelId | threadId | replyToMessageId, page?: { size?, before? } })</c>, newest first; with
    /// <c>page.after = seq</c> (channels) the messages after that seq, oldest first (catch-up). By
    /// <c>replyToMessageId</c>, the replies to that message (its MESSAGE thread; none yet → an empty page).
    /// </summary>
    public async Task<object?> ListMessages(object? request)
    {
        var body = HubArgs.Object(request, "request");
        var page = PageArgs.Parse(body.OptionalObject("page"));
        var directory = grains.GetGrain<IMessageDirectoryGrain>(App);
        var target = await Target(body);
        if (page.After is { } after)
        {
            if (target.ThreadId is not null || target.ReplyToMessageId is not null)
            {
                throw KittyException.Invalid("'page.after' (a seq) applies to a channel's messages");
            }

            var missed = await directory.ListMessagesAfterSeq(target.ChannelId, after, page.Size);
            var result = await RenderMessagePage(missed);
            if (missed.Count == page.Size)
            {
                result["previous"] = missed[^1].Seq;
            }

            return result;
        }

        if (target.ReplyToMessageId is { } parentId)
        {
            return await directory.FindReplyThread(parentId) is { } replies
                ? (await NewestFirst(new MessageQuery(ChannelId: target.ChannelId, ThreadId: replies.Id, ViewerId: Me), page)).Rendered
                : await RenderMessagePage([]);
        }

        var query = target.ThreadId is { } thread
            ? new MessageQuery(ChannelId: target.ChannelId, ThreadId: thread, ViewerId: Me)
            : new MessageQuery(ChannelId: target.ChannelId, ViewerId: Me);
        var (rendered, messages) = await NewestFirst(query, page);
        if (target.ThreadId is null && messages.Count > 0)
        {
            rendered["previous"] = messages.Max(m => m.Seq);
        }

        return rendered;
    }

    /// <summary>A newest-first page of messages; <c>next</c> names the older page when there is one.</summary>
    private async Task<(Dictionary<string, object?> Rendered, IReadOnlyList<Message> Messages)> NewestFirst(MessageQuery query, PageArgs page)
    {
        var cursor = page.Before is { } before
            ? new CursorRequest(page.Size, null, before, CursorRelation.NEXT)
            : new CursorRequest(page.Size, null, null, CursorRelation.SELF);
        var messages = await grains.GetGrain<IMessageDirectoryGrain>(App).ListMessages(query, cursor);
        var rendered = await RenderMessagePage(messages.Items);
        if (messages.HasOlder && messages.Next is { } next)
        {
            rendered["next"] = next;
        }

        return (rendered, messages.Items);
    }

    /// <summary><c>EditMessage(id, { body })</c>: the author only.</summary>
    public async Task<object?> EditMessage(object? id, object? edit)
    {
        var messageId = HubArgs.Id(id, "id");
        var text = HubArgs.Object(edit, "edit").RequiredString("body", allowEmpty: true);
        var message = await OwnMessage(messageId);
        return await RenderMessage(await grains.GetGrain<IChannelGrain>(message.ChannelId).UpdateMessage(App, messageId, new MessagePatch(text, null)));
    }

    /// <summary><c>UpdateMessageProperties(id, properties)</c>: the author only.</summary>
    public async Task<object?> UpdateMessageProperties(object? id, object? properties)
    {
        var messageId = HubArgs.Id(id, "id");
        var patch = HubArgs.Object(properties, "properties").GetRawText();
        var message = await OwnMessage(messageId);
        return await RenderMessage(await grains.GetGrain<IChannelGrain>(message.ChannelId).UpdateMessage(App, messageId, new MessagePatch(null, patch)));
    }

    /// <summary><c>DeleteMessage(id)</c>: the author only; answers the message as it was.</summary>
    public async Task<object?> DeleteMessage(object? id)
    {
        var messageId = HubArgs.Id(id, "id");
        var message = await OwnMessage(messageId);
        await grains.GetGrain<IChannelGrain>(message.ChannelId).DeleteMessage(App, messageId);
        return await RenderMessage(message);
    }

    /// <summary><c>SendKeystrokes({ channelId | threadId, keys })</c>.</summary>
    public async Task<object?> SendKeystrokes(object? request)
    {
        var body = HubArgs.Object(request, "request");
        var keys = body.RequiredString("keys", allowEmpty: true);
        var target = await Target(body);
        var sent = await grains.GetGrain<IChannelGrain>(target.ChannelId).SendKeystrokes(App, Me, target.ThreadId, keys);
        return ResourceTrees.Keystrokes(sent);
    }

    /// <summary>Where a message request points: exactly one of channelId, threadId, replyToMessageId; the caller must be a member.</summary>
    private async Task<MessageTarget> Target(JsonElement body, bool checkMembership = true)
    {
        var channelId = body.OptionalLong("channelId");
        var threadId = body.OptionalLong("threadId");
        var replyTo = body.OptionalLong("replyToMessageId");
        if (new[] { channelId, threadId, replyTo }.Count(v => v is not null) != 1)
        {
            throw KittyException.Invalid("Exactly one of 'channelId', 'threadId' or 'replyToMessageId' is required");
        }

        var directory = grains.GetGrain<IMessageDirectoryGrain>(App);
        var target = channelId is { } c ? new MessageTarget(c, null, null)
            : threadId is { } t ? new MessageTarget((await directory.GetThread(t)).ChannelId, t, null)
            : new MessageTarget((await directory.GetMessage(replyTo!.Value)).ChannelId, null, replyTo);
        if (checkMembership) await MemberChannel(target.ChannelId);
        return target;
    }

    private async Task<Message> OwnMessage(long messageId)
    {
        var message = await grains.GetGrain<IMessageDirectoryGrain>(App).GetMessage(messageId);
        await MemberChannel(message.ChannelId);
        return message.UserId == Me
            ? message
            : throw new KittyException(KittyError.AccessDeniedError, "Only the message's author may change it");
    }

    private async Task<Dictionary<string, object?>> RenderMessage(Message message)
    {
        var mentions = await MentionLookup.Load(grains, App, [message]);
        return ResourceTrees.Message(message, Links, mentions);
    }

    private async Task<Dictionary<string, object?>> RenderMessagePage(IReadOnlyList<Message> messages)
    {
        var mentions = await MentionLookup.Load(grains, App, messages);
        return new() { ["items"] = messages.Select(m => (object?)ResourceTrees.Message(m, Links, mentions)).ToList() };
    }

    private sealed record MessageTarget(long ChannelId, long? ThreadId, long? ReplyToMessageId);
}
