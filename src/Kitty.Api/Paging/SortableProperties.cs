namespace Kitty.Api.Paging;

/// <summary>The properties each collection may be sorted by (names as in the resources).</summary>
internal static class SortableProperties
{
    public static readonly string[] Users = ["id", "name", "displayName", "createdTime"];
    public static readonly string[] Channels = ["id", "name", "displayName", "createdTime", "type"];
    public static readonly string[] Memberships = ["createdTime"];
    public static readonly string[] Invites = ["createdTime"];
    public static readonly string[] ReadReceipts = ["createdTime"];
    public static readonly string[] Functions = ["id", "name", "type", "currentVersionNumber", "createdTime"];
    public static readonly string[] FunctionVersions = ["id", "versionNumber", "createdTime"];
    public static readonly string[] FunctionInvocations = ["id", "versionNumber", "status", "createdTime"];
    public static readonly string[] Sessions = ["id", "createdTime", "endTime", "state"];
}
