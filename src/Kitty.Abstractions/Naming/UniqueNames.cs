namespace Kitty.Abstractions.Naming;

/// <summary>The keys of <see cref="IUniqueNameGrain"/>s: one place that spells each kind of name.</summary>
public static class UniqueNames
{
    /// <summary>A user name within an application. Names compare as written (ChatKitty is case-sensitive).</summary>
    public static string User(long applicationId, string name) => $"user/{applicationId}/{name}";

    /// <summary>A group channel name within an application.</summary>
    public static string Channel(long applicationId, string name) => $"channel/{applicationId}/{name}";

    /// <summary>A chat function's name within its trigger and application.</summary>
    public static string Function(long applicationId, string trigger, string name) => $"function/{applicationId}/{trigger}/{name}";

    /// <summary>The member set of a direct channel (user ids in ascending order).</summary>
    public static string DirectChannel(long applicationId, IEnumerable<long> memberIds) =>
        $"direct/{applicationId}/{string.Join(',', memberIds.Order())}";

    /// <summary>An application API key, unique across the deployment.</summary>
    public static string ApiKey(string apiKey) => $"api-key/{apiKey}";

    /// <summary>An OAuth client id, unique across the deployment.</summary>
    public static string ClientId(string clientId) => $"client-id/{clientId}";
}
