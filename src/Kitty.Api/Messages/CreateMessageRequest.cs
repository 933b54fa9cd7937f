using System.Text.Json;
using Kitty.Api.Channels;
using Kitty.Api.Files;

namespace Kitty.Api.Messages;

/// <summary>
/// The JSON body of a message post (CreateMessageResource): <c>type</c> TEXT (with <c>body</c>) or FILE
/// (with <c>file</c>); without <c>user</c> it is a system message.
/// </summary>
public sealed record CreateMessageRequest(
    string Type,
    string? Body,
    ExternalFileRequest? File,
    UserReferenceRequest? User,
    string? GroupTag,
    JsonElement? Properties);
