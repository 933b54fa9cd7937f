using System.Text.Json;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Application;
using Kitty.Api.Channels;
using Kitty.Api.Files;
using Kitty.Api.Json;
using Kitty.Api.Messages;
using Kitty.Api.Users;

namespace Kitty.Api.Tests.Json;

public sealed class RequestParsingTests
{
    private static readonly Dictionary<string, Action<JsonElement>> Parsers = new()
    {
        ["user"] = body => CreateUserRequest.Parse(body, 1),
        ["user-patch"] = body => UserPatchRequest.Parse(body),
        ["settings"] = body => ApplicationSettingsRequest.Parse(body),
        ["channel"] = body => CreateChannelRequest.Parse(body, 1),
        ["channel-patch"] = body => ChannelPatchRequest.Parse(body),
        ["event"] = body => ChannelEventRequest.Parse(body),
        ["invite"] = body => ChannelInviteRequest.Parse(body),
        ["keystrokes"] = body => KeystrokesRequest.Parse(body),
        ["message"] = body => MessageDraft.FromJson(body),
        ["message-patch"] = body => MessagePatchRequest.Parse(body),
        ["external-file"] = body => ExternalFileRequest.Parse(body),
        ["secret"] = body => SecretRequest.Parse(body),
        ["user-reference"] = body => JsonFields.UserReference(body, "The request body"),
    };

    private static JsonElement Body(string json) => JsonBody.ParseObject(json, "The request body");

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "user", """{"displayName":"Jane","isGuest":false}""", "'name' is required" },
        { "user", """{"name":"  ","displayName":"Jane","isGuest":false}""", "'name' must not be blank" },
        { "user", """{"name":"jane","isGuest":false}""", "'displayName' is required" },
        { "user", """{"name":"jane","displayName":"Jane"}""", "'isGuest' is required" },
        { "user", """{"name":"jane","displayName":"Jane","isGuest":"no"}""", "'isGuest' must be a boolean" },
        { "user", """{"name":42,"displayName":"Jane","isGuest":false}""", "'name' must be a string" },
        { "user", """{"name":"jane","displayName":"Jane","isGuest":false,"properties":[1]}""", "'properties' must be a JSON object" },
        { "user", """{"name":"jane","displayName":"Jane","isGuest":false,"properties":"x"}""", "'properties' must be a JSON object" },
        { "user-patch", """{"presence":{"status":"SLEEPING"}}""", "'presence.status' must be one of" },
        { "user-patch", """{"presence":"AVAILABLE"}""", "'presence' must be a JSON object" },
        { "user-patch", """{"isGuest":1}""", "'isGuest' must be a boolean" },
        { "user-patch", """{"displayName":true}""", "'displayName' must be a string" },
        { "settings", """{"guestUsers":"ENABLED"}""", "'userCreatedChannels' is required" },
        { "settings", """{"guestUsers":"enabled","userCreatedChannels":"DISABLED"}""", "'guestUsers' must be one of ENABLED, DISABLED" },
        { "settings", """{"guestUsers":true,"userCreatedChannels":"DISABLED"}""", "'guestUsers' must be a string" },
        { "channel", """{}""", "'type' is required" },
        { "channel", """{"type":"GROUP"}""", "'type' must be one of DIRECT, PUBLIC, PRIVATE" },
        { "channel", """{"type":"public"}""", "'type' must be one of" },
        { "channel", """{"type":"1"}""", "'type' must be one of" },
        { "channel", """{"type":"DIRECT"}""", "'members' is required for a DIRECT channel" },
        { "channel", """{"type":"DIRECT","members":[]}""", "'members' is required for a DIRECT channel" },
        { "channel", """{"type":"DIRECT","members":{"id":1}}""", "'members' must be an array" },
        { "channel", """{"type":"DIRECT","members":[{"id":1},"jane"]}""", "'members[1]' must be a user reference" },
        { "channel", """{"type":"DIRECT","members":[{"id":1,"username":"jane"}]}""", "exactly one of 'id' or 'username'" },
        { "channel", """{"type":"PUBLIC","creator":{}}""", "'creator' must name a user by exactly one" },
        { "channel", """{"type":"PUBLIC","name":7}""", "'name' must be a string" },
        { "channel-patch", """{"properties":5}""", "'properties' must be a JSON object" },
        { "event", """{"properties":{}}""", "'type' is required" },
        { "event", """{"type":"x","properties":"y"}""", "'properties' must be a JSON object" },
        { "invite", """{}""", "'user' is required" },
        { "invite", """{"user":{"id":"12"}}""", "'id' must be an integer" },
        { "keystrokes", """{"user":{"username":"jane"}}""", "'keys' is required" },
        { "keystrokes", """{"keys":"abc"}""", "'user' is required" },
        { "message", """{"body":"hi"}""", "'type' is required" },
        { "message", """{"type":"SYSTEM_TEXT","body":"hi"}""", "'type' must be one of TEXT, FILE" },
        { "message", """{"type":"TEXT"}""", "'body' is required" },
        { "message", """{"type":"TEXT","body":5}""", "'body' must be a string" },
        { "message", """{"type":"FILE"}""", "'file' is required" },
        { "message", """{"type":"FILE","file":{"url":"https://x.example/a.png","name":"a.png","contentType":"image/png"}}""", "'size' is required" },
        { "message", """{"type":"TEXT","body":"hi","user":"jane"}""", "'user' must be a user reference" },
        { "message", """{"type":"TEXT","body":"hi","properties":[]}""", "'properties' must be a JSON object" },
        { "message-patch", """{"body":{}}""", "'body' must be a string" },
        { "external-file", """{"url":"not a url","name":"a","contentType":"b","size":1}""", "'url' must be an absolute http(s) URL" },
        { "external-file", """{"url":"ftp://x.example/a","name":"a","contentType":"b","size":1}""", "'url' must be an absolute http(s) URL" },
        { "external-file", """{"url":"https://x.example/a","name":"a","contentType":"b","size":-1}""", "'size' must be at least 0" },
        { "external-file", """{"url":"https://x.example/a","name":"a","contentType":"b","size":1.5}""", "'size' must be an integer" },
        { "secret", """{}""", "'secret' is required" },
        { "user-reference", """{}""", "exactly one of 'id' or 'username'" },
        { "user-reference", """{"username":""}""", "'username' must not be blank" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public void Parse_BadBody_IsAValidationErrorNamingTheField(string kind, string json, string message)
    {
        var error = Assert.Throws<KittyException>(() => Parsers[kind](Body(json)));

        Assert.Equal(KittyError.ValidationError, error.Error);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"name\":}")]
    [InlineData("nope")]
    public void ParseObject_MalformedJson_IsAValidationError(string json)
    {
        var error = Assert.Throws<KittyException>(() => JsonBody.ParseObject(json, "The request body"));

        Assert.Equal(KittyError.ValidationError, error.Error);
        Assert.Contains("Malformed JSON", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void ParseObject_NotAnObject_IsAValidationError(string json)
    {
        var error = Assert.Throws<KittyException>(() => JsonBody.ParseObject(json, "The request body"));

        Assert.Contains("must be a JSON object", error.Message);
    }

    [Fact]
    public void CreateUser_ValidBody()
    {
        var command = CreateUserRequest.Parse(Body("""{"name":"jane","displayName":"Jane","isGuest":true,"properties":{"a":1}}"""), 7);

        Assert.Equal(new CreateUser(7, "jane", "Jane", true, """{"a":1}"""), command);
    }

    [Fact]
    public void CreateUser_WithoutProperties_HasAnEmptyObject() =>
        Assert.Equal("{}", CreateUserRequest.Parse(Body("""{"name":"jane","displayName":"Jane","isGuest":false,"properties":null}"""), 7).PropertiesJson);

    [Fact]
    public void UserPatch_ValidBody()
    {
        var patch = UserPatchRequest.Parse(Body("""{"displayName":"J","isGuest":false,"presence":{"status":"DO_NOT_DISTURB"},"properties":{"x":null}}"""));

        Assert.Equal(new UserPatch("J", false, "DO_NOT_DISTURB", """{"x":null}"""), patch);
    }

    [Fact]
    public void UserPatch_EmptyBody_ChangesNothing() =>
        Assert.Equal(new UserPatch(null, null, null, null), UserPatchRequest.Parse(Body("{}")));

    [Fact]
    public void Settings_ValidBody() =>
        Assert.Equal(new Kitty.Abstractions.Applications.ApplicationSettings(true, false),
            ApplicationSettingsRequest.Parse(Body("""{"guestUsers":"ENABLED","userCreatedChannels":"DISABLED"}""")));

    [Fact]
    public void CreateChannel_Direct_KeepsUniqueMembersAndDropsNames()
    {
        var command = CreateChannelRequest.Parse(
            Body("""{"type":"DIRECT","members":[{"username":"jane"},{"id":2},{"username":"jane"}],"name":"ignored"}"""), 3);

        Assert.Equal(ChannelType.DIRECT, command.Type);
        Assert.Null(command.Name);
        Assert.Equal([UserReference.ByName("jane"), UserReference.ById(2)], command.Members);
        Assert.Equal("{}", command.PropertiesJson);
    }

    [Fact]
    public void CreateChannel_Public_WithCreatorAndNames()
    {
        var command = CreateChannelRequest.Parse(
            Body("""{"type":"PUBLIC","creator":{"username":"jane"},"name":"general","displayName":"General","properties":{"topic":"x"}}"""), 3);

        Assert.Equal(new CreateChannel(3, ChannelType.PUBLIC, "general", "General", UserReference.ByName("jane"), [], """{"topic":"x"}"""),
            command with { Members = [] });
        Assert.Empty(command.Members);
    }

    [Fact]
    public void Message_Text_WithUser()
    {
        var draft = MessageDraft.FromJson(Body("""{"type":"TEXT","body":"hello","user":{"username":"jane"},"groupTag":"g"}"""));

        Assert.Equal(UserReference.ByName("jane"), draft.User);
        Assert.Equal("hello", draft.Body);
        Assert.Null(draft.ExternalFile);
        Assert.Equal("g", draft.GroupTag);
    }

    [Fact]
    public void Message_File_WithoutUser_IsAnExternalSystemFile()
    {
        var draft = MessageDraft.FromJson(Body(
            """{"type":"FILE","file":{"url":"https://x.example/a.png","name":"a.png","contentType":"image/png","size":12}}"""));

        Assert.Null(draft.User);
        Assert.Null(draft.Body);
        Assert.Equal(new FileProperties(FileType.EXTERNAL, "https://x.example/a.png", "a.png", "image/png", 12), draft.ExternalFile);
    }

    [Fact]
    public void Secret_KeepsAnyJsonValue() => Assert.Equal("[1,\"two\"]", SecretRequest.Parse(Body("""{"secret":[1,"two"]}""")));

    [Fact]
    public void Keystrokes_AllowEmptyKeys() =>
        Assert.Equal(("", UserReference.ById(5)), KeystrokesRequest.Parse(Body("""{"keys":"","user":{"id":5}}""")));
}
