using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Api.Hal;
using Kitty.Api.Json;
using Kitty.Api.Users;

namespace Kitty.Api.Messages;

/// <summary>Renders messages, their files and mentions.</summary>
internal static class MessageResources
{
    public static MessageResource Render(Message message, ApiLinks links, MentionLookup mentions, bool withLinks = true)
    {
        var isText = message.Type is MessageType.TEXT or MessageType.SYSTEM_TEXT;
        var isFile = message.Type is MessageType.FILE or MessageType.SYSTEM_FILE;
        var isUser = message.Type is MessageType.TEXT or MessageType.FILE;
        return new MessageResource(
            message.Id,
            message.Type.ToString(),
            message.ChannelId,
            isText ? message.Body ?? string.Empty : null,
            isFile && message.File is { } file ? RenderFile(file, links) : null,
            isUser && message.User is { } user ? UserResources.Render(user, links, withLinks: false) : null,
            isText ? (message.Mentions ?? []).Select(m => RenderMention(m, links, mentions)).ToList() : null,
            isText ? (message.Links ?? []).Select(l => new MessageLinkResource(l.Source, l.StartPosition, l.EndPosition)).ToList() : null,
            string.IsNullOrEmpty(message.GroupTag) ? null : message.GroupTag,
            message.CreatedTime,
            message.LastEditedTime,
            message.NestedLevel,
            message.RepliesCount,
            KittyJson.Raw(message.PropertiesJson),
            withLinks ? Links(message, isUser, links) : null)
        {
            Reactions = ReactionResources.Summaries(message, links),
        };
    }

    public static FileResource RenderFile(FileProperties file, ApiLinks links) =>
        new(file.Type.ToString(), links.Absolute(file.Url), file.Name, file.ContentType, file.Size);

    public static MentionResource RenderMention(MessageMention mention, ApiLinks links, MentionLookup mentions) =>
        new(
            mention.Type.ToString(),
            mention.Tag,
            mention.StartPosition,
            mention.EndPosition,
            mention.Type == MentionType.USER && mentions.User(mention.TargetId) is { } user
                ? UserResources.Render(user, links, withLinks: false)
                : null,
            mention.Type == MentionType.CHANNEL && mentions.Channel(mention.TargetId) is { } channel
                ? RenderMentionedChannel(channel, links)
                : null);

    private static MentionedChannelResource RenderMentionedChannel(Channel channel, ApiLinks links) =>
        new(
            channel.Type.ToString(),
            channel.Id,
            channel.CreatedTime,
            channel.Creator is { } creator ? UserResources.Render(creator, links, withLinks: false) : null,
            channel.Type == ChannelType.DIRECT ? null : channel.DisplayName,
            channel.Type == ChannelType.DIRECT ? null : channel.Name,
            KittyJson.Raw(channel.PropertiesJson));

    private static HalLinks Links(Message message, bool isUser, ApiLinks links)
    {
        var result = new HalLinks().Add("self", links, ApiPaths.Message(message.Id));
        if (isUser && message.UserId is { } userId)
        {
            result.Add("user", links, ApiPaths.User(userId));
        }

        return result
            .Add("channel", links, ApiPaths.Channel(message.ChannelId))
            .Add("application", links, ApiPaths.Application);
    }
}
