using Kitty.Abstractions.Applications;
using Kitty.Api.Hal;
using Kitty.Api.Json;

namespace Kitty.Api.Application;

/// <summary>Renders the application and its settings.</summary>
internal static class ApplicationResources
{
    public static ApplicationResource Render(Abstractions.Applications.Application application, ApiLinks links) =>
        new(
            application.Id,
            application.CreatedTime,
            application.ApiKey,
            KittyJson.Raw(application.PropertiesJson),
            new HalLinks().Add("self", links, ApiPaths.Application));

    public static ApplicationSettingsResource Render(ApplicationSettings settings, ApiLinks links) =>
        new(
            SettingsToggle.Format(settings.GuestUsers),
            SettingsToggle.Format(settings.UserCreatedChannels),
            new HalLinks()
                .Add("self", links, ApiPaths.ApplicationSettings)
                .Add("application", links, ApiPaths.Application));
}
