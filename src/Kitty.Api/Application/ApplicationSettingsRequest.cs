using System.Text.Json;
using Kitty.Abstractions.Applications;
using Kitty.Api.Json;

namespace Kitty.Api.Application;

/// <summary>The body of <c>PUT /v1/application/settings</c> (ApplicationSettingsProperties): both toggles required.</summary>
public sealed record ApplicationSettingsRequest(string GuestUsers, string UserCreatedChannels)
{
    internal static ApplicationSettings Parse(JsonElement body) =>
        new(
            SettingsToggle.Parse(body.RequiredString("guestUsers", allowEmpty: true), "guestUsers"),
            SettingsToggle.Parse(body.RequiredString("userCreatedChannels", allowEmpty: true), "userCreatedChannels"));
}
