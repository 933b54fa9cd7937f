using System.Globalization;

namespace Kitty.Api.Hal;

/// <summary>The server-relative paths of the API's resources, for links.</summary>
internal static class ApiPaths
{
    public const string Application = "/v1/application";
    public const string ApplicationSettings = "/v1/application/settings";
    public const string Users = "/v1/users";
    public const string Channels = "/v1/channels";
    public const string Messages = "/v1/messages";
    public const string UserSessions = "/v1/user-sessions";
    public const string ChatSessions = "/v1/chat-sessions";
    public const string NodeJsRuntime = "/v1/runtimes/nodejs";
    public const string Functions = "/v1/functions";
    public const string FunctionVersions = "/v1/function-versions";

    public static string User(long id) => $"{Users}/{Id(id)}";
    public static string Channel(long id) => $"{Channels}/{Id(id)}";
    public static string Message(long id) => $"{Messages}/{Id(id)}";
    public static string Thread(long id) => $"/v1/threads/{Id(id)}";
    public static string UserSession(long id) => $"{UserSessions}/{Id(id)}";

    public static string Function(long id) => $"{Functions}/{Id(id)}";
    public static string FunctionVersion(long id) => $"{FunctionVersions}/{Id(id)}";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
