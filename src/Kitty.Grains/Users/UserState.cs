using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;

namespace Kitty.Grains.Users;

[GenerateSerializer, Alias("kitty.state.user")]
public sealed class UserState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public long ApplicationId { get; set; }
    [Id(2)] public UserType Type { get; set; }
    [Id(3)] public string Name { get; set; } = "";
    [Id(4)] public string DisplayName { get; set; } = "";
    [Id(5)] public FileProperties? DisplayPicture { get; set; }
    [Id(6)] public bool IsGuest { get; set; }
    [Id(7)] public string PropertiesJson { get; set; } = "{}";
    [Id(8)] public DateTimeOffset CreatedTime { get; set; }
    [Id(9)] public string PresenceStatus { get; set; } = Abstractions.Users.PresenceStatus.Available;
    [Id(10)] public Dictionary<string, string> Secrets { get; set; } = [];
    /// <summary>The users this user blocked, with when (bounded by <c>UserGrain.MaxBlockedUsers</c>).</summary>
    [Id(20)] public Dictionary<long, DateTimeOffset> Blocked { get; set; } = [];
}
