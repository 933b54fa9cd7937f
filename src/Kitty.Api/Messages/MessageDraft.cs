using System.Text.Json;
using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Api.Files;
using Kitty.Api.Json;
using Microsoft.AspNetCore.Http;

namespace Kitty.Api.Messages;

/// <summary>
/// A message to send, as read from a JSON CreateMessageResource or a multipart form (§8): its sender (none
/// means a system message), a text body or a file (external, or an upload still to be stored).
/// </summary>
internal sealed record MessageDraft(
    UserReference? User,
    string? Body,
    FileProperties? ExternalFile,
    UploadedFile? Upload,
    string? GroupTag,
    string PropertiesJson)
{
    public static MessageDraft FromJson(JsonElement body)
    {
        var type = body.RequiredString("type", allowEmpty: true);
        var user = body.OptionalUserReference("user");
        var groupTag = body.OptionalString("groupTag", allowEmpty: true);
        var properties = body.OptionalObjectJson("properties") ?? "{}";
        return type switch
        {
            "TEXT" => new MessageDraft(user, body.RequiredString("body", allowEmpty: true), null, null, groupTag, properties),
            "FILE" => new MessageDraft(user, null, ExternalFileRequest.Parse(body.RequiredObject("file"), "file."), null, groupTag, properties),
            _ => throw KittyException.Invalid($"'type' must be one of TEXT, FILE, not '{type}'"),
        };
    }

    public static async Task<MessageDraft> FromForm(IFormCollection form, CancellationToken cancellationToken)
    {
        var upload = await UploadedFile.Read(form, cancellationToken);
        var username = Field(form, "username");
        var properties = Field(form, "properties");
        return new MessageDraft(
            username is null ? null : UserReference.ByName(username),
            null,
            null,
            upload,
            Field(form, "groupTag"),
            properties is null ? "{}" : JsonBody.ParseObject(properties, "The 'properties' part").GetRawText());
    }

    private static string? Field(IFormCollection form, string name)
    {
        var value = form[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
