using System.Text.Json;
using Kitty.Abstractions.Users;
using Kitty.Api.Json;

namespace Kitty.Api.Channels;

/// <summary>The body of keystroke posts (CreateDelegatedReplyThreadKeystrokesResource): keys typed on behalf of a user.</summary>
public sealed record KeystrokesRequest(string Keys, UserReferenceRequest User)
{
    internal static (string Keys, UserReference User) Parse(JsonElement body) =>
        (body.RequiredString("keys", allowEmpty: true), body.RequiredUserReference("user"));
}
