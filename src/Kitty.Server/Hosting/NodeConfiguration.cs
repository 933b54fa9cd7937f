using Kitty.Grains.Hosting;
using Npgsql;

namespace Kitty.Server.Hosting;

/// <summary>
/// What kind of node the configuration asks for, checked before anything starts: its storage, its PostgreSQL
/// database in cluster mode, and whether it runs a silo or is a front-end only (<c>Kitty:Roles=frontend</c>).
/// </summary>
public sealed record NodeConfiguration(StorageProvider Storage, string? PostgresConnectionString, bool IsFrontendOnly)
{
    public const string ProviderKey = "Kitty:Storage:Provider";
    public const string ConnectionStringKey = "Kitty:Postgres:ConnectionString";

    /// <summary>
    /// The role of a node without a silo: it joins the cluster as an Orleans client and serves the Platform API and
    /// the hub through the silos' grains. It cannot be combined with a silo role.
    /// </summary>
    public const string FrontendRole = "frontend";

    /// <summary>The PostgreSQL connection string; only in cluster mode, where it was checked to be present.</summary>
    public string RequiredConnectionString =>
        PostgresConnectionString ?? throw new InvalidOperationException("This node does not use PostgreSQL.");

    // The connection string may hold a password: it stays out of ToString, and so out of any log line.
    public override string ToString() => $"{nameof(NodeConfiguration)} {{ {nameof(Storage)} = {Storage}, {nameof(IsFrontendOnly)} = {IsFrontendOnly} }}";

    public static NodeConfiguration Read(IConfiguration configuration, KittyServerOptions server)
    {
        var storage = ReadProvider(configuration[ProviderKey]);
        var frontendOnly = ReadFrontendOnly(server.RoleList);
        if (storage == StorageProvider.Sqlite)
        {
            return frontendOnly
                ? throw new NodeConfigurationException(
                    $"Kitty:Roles={FrontendRole} needs a cluster to join: set {ProviderKey}=PostgreSql (e.g. --profile cluster) " +
                    $"and {ConnectionStringKey}.")
                : new NodeConfiguration(storage, null, false);
        }

        var connectionString = ReadConnectionString(configuration[ConnectionStringKey]);
        RequireSharedCredentials(configuration.GetSection(DefaultApplicationOptions.Section));
        return new NodeConfiguration(storage, connectionString, frontendOnly);
    }

    // Each node would otherwise generate credentials of its own in its data directory, and the last node to start
    // would silently replace the default application's credentials of all the others.
    private static void RequireSharedCredentials(IConfigurationSection section)
    {
        var missing = new[] { nameof(DefaultApplicationOptions.ApiKey), nameof(DefaultApplicationOptions.ClientId), nameof(DefaultApplicationOptions.ClientSecret) }
            .Where(key => string.IsNullOrWhiteSpace(section[key]))
            .Select(key => $"{DefaultApplicationOptions.Section}:{key}")
            .ToList();
        if (missing.Count > 0)
        {
            throw new NodeConfigurationException(
                $"In cluster mode every node must be given the same default application credentials; missing {string.Join(", ", missing)} " +
                "(environment variables Kitty__DefaultApplication__ApiKey, __ClientId, __ClientSecret).");
        }
    }

    private static StorageProvider ReadProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? StorageProvider.Sqlite
        : Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new NodeConfigurationException(
            $"{ProviderKey} must be {string.Join(" or ", Enum.GetNames<StorageProvider>())}; got '{value}'.");

    private static bool ReadFrontendOnly(IReadOnlyList<string> roles)
    {
        if (!roles.Contains(FrontendRole, StringComparer.Ordinal))
        {
            var unknown = roles.Except(NodeRoles.All, StringComparer.Ordinal).ToList();
            return roles.Count > 0 && unknown.Count == 0 ? false : throw new NodeConfigurationException(
                $"Kitty:Roles must name one or more of {string.Join(", ", NodeRoles.All)}, or {FrontendRole} alone; " +
                $"got [{string.Join(", ", roles)}].");
        }

        return roles.Count == 1 ? true : throw new NodeConfigurationException(
            $"Kitty:Roles={FrontendRole} runs no silo, so it cannot be combined with {string.Join(" or ", NodeRoles.All)}; " +
            $"got [{string.Join(", ", roles)}].");
    }

    private static string ReadConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new NodeConfigurationException(
                $"{ProviderKey}=PostgreSql needs {ConnectionStringKey} (environment variable Kitty__Postgres__ConnectionString), " +
                "e.g. Host=db;Username=kitty;Password=...;Database=kitty.");
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the bad keyword; the value may hold a password, so it is not repeated.
            throw new NodeConfigurationException($"{ConnectionStringKey} is not an Npgsql connection string: {e.Message}");
        }
    }
}
