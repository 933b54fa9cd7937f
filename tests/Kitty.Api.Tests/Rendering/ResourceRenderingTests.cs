using System.Text.Json;
using System.Text.Json.Nodes;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Api.Channels;
using Kitty.Api.Hal;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Tests.Rendering;

public sealed class ResourceRenderingTests
{
    private static readonly ApiLinks Links = new("https://kitty.example");

    private static JsonObject Json<T>(T value) => JsonNode.Parse(JsonSerializer.Serialize(value, KittyJson.Options))!.AsObject();

    [Fact]
    public void User_IsCamelCaseWithRawPropertiesLinksAndNoNulls()
    {
        var json = Json(UserResources.Render(Samples.User(), Links));

        Assert.Equal("PERSON", (string?)json["type"]);
        Assert.Equal("Jane Doe", (string?)json["displayName"]);
        Assert.False((bool)json["isGuest"]!);
        Assert.Equal("a", (string?)json["properties"]!["team"]);
        Assert.Equal("UNAVAILABLE", (string?)json["presence"]!["status"]);
        Assert.False(json.ContainsKey("callStatus"));
        Assert.Equal("https://kitty.example/v1/users/1", (string?)json["_links"]!["self"]!["href"]);
        Assert.Equal("https://kitty.example/v1/users/1/display-picture", (string?)json["_links"]!["displayPicture"]!["href"]);
    }

    [Fact]
    public void User_WithoutPicture_GetsAnAbsoluteGeneratedAvatar() =>
        Assert.Equal("https://kitty.example/avatars/1.svg?initial=J", UserResources.Render(Samples.User(), Links).DisplayPictureUrl);

    [Theory]
    [InlineData("/files/9/5/tok/me.png", "https://kitty.example/files/9/5/tok/me.png")]
    [InlineData("https://cdn.example/me.png", "https://cdn.example/me.png")]
    public void User_Picture_IsRenderedAbsolute(string stored, string rendered) =>
        Assert.Equal(rendered, UserResources.Render(Samples.User(picture: stored), Links).DisplayPictureUrl);

    [Fact]
    public void Embedded_User_HasNoLinks() => Assert.False(Json(UserResources.Render(Samples.User(), Links, withLinks: false)).ContainsKey("_links"));

    [Fact]
    public void Times_AreUtcWithMillisecondsAndZ()
    {
        var json = Json(ChannelResources.Render(Samples.Channel(ChannelType.PUBLIC), Links, MentionLookup.Empty));

        Assert.Equal("2021-09-16T20:45:33.696Z", (string?)json["createdTime"]);
    }

    [Fact]
    public void TextMessage_HasUserBodyMentionsLinks_AndNoFile()
    {
        var json = Json(MessageResources.Render(Samples.Message(MessageType.TEXT, user: Samples.User()), Links, MentionLookup.Empty));

        Assert.Equal("hi", (string?)json["body"]);
        Assert.Equal("jane", (string?)json["user"]!["name"]);
        Assert.NotNull(json["mentions"]);
        Assert.NotNull(json["links"]);
        Assert.False(json.ContainsKey("file"));
        Assert.Equal("https://kitty.example/v1/users/1", (string?)json["_links"]!["user"]!["href"]);
    }

    [Fact]
    public void SystemTextMessage_HasNoUser()
    {
        var json = Json(MessageResources.Render(Samples.Message(MessageType.SYSTEM_TEXT), Links, MentionLookup.Empty));

        Assert.False(json.ContainsKey("user"));
        Assert.False(json["_links"]!.AsObject().ContainsKey("user"));
        Assert.Equal("hi", (string?)json["body"]);
    }

    [Fact]
    public void FileMessage_HasAnAbsoluteFileAndNoBody()
    {
        var file = new FileProperties(FileType.HOSTED, "/files/9/5/tok/a.png", "a.png", "image/png", 12);

        var json = Json(MessageResources.Render(Samples.Message(MessageType.SYSTEM_FILE, body: null, file: file), Links, MentionLookup.Empty));

        Assert.Equal("https://kitty.example/files/9/5/tok/a.png", (string?)json["file"]!["url"]);
        Assert.Equal("HOSTED", (string?)json["file"]!["type"]);
        Assert.False(json.ContainsKey("body"));
        Assert.False(json.ContainsKey("mentions"));
    }

    [Fact]
    public void Mentions_RenderTheirTarget_AndTolerateAMissingOne()
    {
        var mentions = new[]
        {
            new MessageMention(MentionType.USER, "<@jane>", 0, 7, 1),
            new MessageMention(MentionType.USER, "<@gone>", 8, 15, 404),
        };
        var lookup = new MentionLookup(new Dictionary<long, Kitty.Abstractions.Users.ChatUser> { [1] = Samples.User() },
            new Dictionary<long, Channel>());

        var rendered = MessageResources.Render(Samples.Message(MessageType.TEXT, "<@jane> <@gone>", mentions: mentions), Links, lookup);

        Assert.Equal("jane", rendered.Mentions![0].User!.Name);
        Assert.Null(rendered.Mentions[1].User);
        Assert.Equal("<@gone>", rendered.Mentions[1].Tag);
    }

    [Fact]
    public void DirectChannel_HasMembersAndNoNames_NorGroupLinks()
    {
        var json = Json(ChannelResources.Render(Samples.Channel(ChannelType.DIRECT, [Samples.User(1), Samples.User(2, "john")]), Links, MentionLookup.Empty));

        Assert.Equal(2, json["members"]!.AsArray().Count);
        Assert.False(json.ContainsKey("name"));
        Assert.False(json.ContainsKey("displayName"));
        Assert.False(json["_links"]!.AsObject().ContainsKey("members"));
    }

    [Fact]
    public void GroupChannel_HasNamesAndGroupLinks_AndNoMembers()
    {
        var json = Json(ChannelResources.Render(Samples.Channel(ChannelType.PRIVATE), Links, MentionLookup.Empty));

        Assert.Equal("general", (string?)json["name"]);
        Assert.Equal("General", (string?)json["displayName"]);
        Assert.False(json.ContainsKey("members"));
        Assert.False(json.ContainsKey("creator"));
        Assert.Equal("https://kitty.example/v1/channels/702/moderators", (string?)json["_links"]!["moderators"]!["href"]);
    }

    [Fact]
    public void EmptyOffsetPage_OmitsEmbedded_ButKeepsPageAndSelf()
    {
        var page = new Kitty.Abstractions.Paging.Page<int>([], new Kitty.Abstractions.Paging.PageRequest(0, 25, []), 0);

        var json = Json(Kitty.Api.Paging.HalPages.Offset(page, "users", "https://kitty.example/v1/users", i => i));

        Assert.False(json.ContainsKey("_embedded"));
        Assert.Equal(0, (long)json["page"]!["totalElements"]!);
        Assert.NotNull(json["_links"]!["self"]);
    }

    [Fact]
    public void OffsetPage_EmbedsItemsUnderItsKey()
    {
        var page = new Kitty.Abstractions.Paging.Page<int>([1, 2], new Kitty.Abstractions.Paging.PageRequest(0, 2, []), 5);

        var json = Json(Kitty.Api.Paging.HalPages.Offset(page, "users", "https://kitty.example/v1/users", i => i));

        Assert.Equal(2, json["_embedded"]!["users"]!.AsArray().Count);
        Assert.Equal(3, (long)json["page"]!["totalPages"]!);
        Assert.Equal(2, (long)json["page"]!["size"]!);
    }

    [Theory]
    [InlineData(null, "{}")]
    [InlineData("", "{}")]
    [InlineData("not json", "{}")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1,2]}""")]
    public void Raw_Properties_AreWrittenVerbatim(string? stored, string written) =>
        Assert.Equal(written, JsonSerializer.Serialize(KittyJson.Raw(stored), KittyJson.Options));

    [Fact]
    public void DefaultAvatar_IsAnSvgOfTheEscapedInitial()
    {
        var svg = DefaultAvatar.Svg(3, "<");

        Assert.StartsWith("<svg", svg);
        Assert.Contains("&lt;", svg);
        Assert.DoesNotContain("><</text>", svg);
    }

    [Theory]
    [InlineData("jane", "J")]
    [InlineData("  émile", "É")]
    [InlineData("", "?")]
    [InlineData(null, "?")]
    public void DefaultAvatar_Initial(string? name, string initial) => Assert.Equal(initial, DefaultAvatar.Initial(name));
}
