using Kitty.Abstractions.Users;
using Kitty.Storage.Chat;
using Kitty.Storage.Hosting;
using Kitty.Storage.PostgreSql;
using Kitty.Storage.Tests.Contract;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kitty.Storage.Tests.PostgreSql;

public sealed class PostgresStoreRegistrationTests : PostgresDatabaseTest
{
    [SkippableFact]
    public async Task AddPostgresChatStore_MigratesAtStart_AndServesTheChatStore()
    {
        var host = Host.CreateApplicationBuilder();
        host.Services.AddPostgresChatStore(Database.ConnectionString);
        using var app = host.Build();

        await app.StartAsync();
        var store = app.Services.GetRequiredService<IChatStore>();
        var user = new ChatUser(Ids.Next(), Ids.Next(), UserType.PERSON, "ada", "Ada", null, false, UserPresence.Offline, "{}", DateTimeOffset.UnixEpoch);
        await store.UpsertUser(user);
        await app.StopAsync();

        Assert.IsType<SqlChatStore>(store);
        Assert.Equal(user, await store.GetUser(user.ApplicationId, user.Id));
        Assert.Equal(PostgresChatStoreMigrator.Migrations[^1].Version, await Database.ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
    }

    [Fact]
    public void AddPostgresChatStore_WithoutAConnectionString_IsRefused() =>
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddPostgresChatStore(" "));
}
