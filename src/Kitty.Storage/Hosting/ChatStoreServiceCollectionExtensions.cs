using Kitty.Storage.Chat;
using Kitty.Storage.Options;
using Kitty.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kitty.Storage.Hosting;

/// <summary>Registers the embedded SQLite chat store.</summary>
public static class ChatStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IChatStore"/> on the shared SQLite database (<see cref="SqliteDatabase"/>) and a hosted
    /// service that opens and migrates it at start-up.
    /// </summary>
    public static IServiceCollection AddSqliteChatStore(this IServiceCollection services, Action<ChatStoreOptions>? configure = null)
    {
        var options = services.AddSqliteDatabase();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<SqliteChatDatabase>();
        services.TryAddSingleton<SqlChatStore>(sp => new SqlChatStore(sp.GetRequiredService<SqliteChatDatabase>()));
        services.TryAddSingleton<IChatStore>(sp => sp.GetRequiredService<SqlChatStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ChatStoreInitializer>());
        return services;
    }

    /// <summary>Adds the chat store with its options bound from the <c>Kitty:Storage</c> section.</summary>
    public static IServiceCollection AddSqliteChatStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqliteChatStore();
        services.AddOptions<ChatStoreOptions>().Bind(configuration.GetSection(ChatStoreOptions.SectionName));
        return services;
    }

    /// <summary>The database shared by the chat store and the grain storage; safe to call more than once.</summary>
    internal static OptionsBuilder<ChatStoreOptions> AddSqliteDatabase(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatStoreOptions>, ChatStoreOptionsValidator>());
        return services.AddOptions<ChatStoreOptions>().ValidateOnStart();
    }
}
