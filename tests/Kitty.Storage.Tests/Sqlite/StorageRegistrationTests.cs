using Kitty.Storage.Chat;
using Kitty.Storage.Hosting;
using Kitty.Storage.Options;
using Kitty.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Kitty.Storage.Tests.Sqlite;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kitty-storage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ChatStoreAndGrainStorage_ShareOneDatabaseFile()
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSerializer()
            .AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>()
            .AddSqliteChatStore(options => options.DataDirectory = _directory)
            .AddSqliteGrainStorage("kitty")
            .BuildServiceProvider();

        var store = services.GetRequiredService<IChatStore>();
        var grainStorage = services.GetRequiredKeyedService<IGrainStorage>("kitty");
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.IsType<SqlChatStore>(store);
        Assert.Same(services.GetRequiredService<SqlChatStore>(), store);
        var state = new GrainState<List<string>>(["x"]);
        await grainStorage.WriteStateAsync("s", GrainId.Create("test", "1"), state);
        Assert.Equal(0, await store.GetLastSeq(1));
        Assert.Equal(Path.Combine(_directory, "kitty.db"), services.GetRequiredService<SqliteDatabase>().FilePath);
        Assert.True(File.Exists(Path.Combine(_directory, "kitty.db")));
    }

    [Fact]
    public void AddSqliteChatStore_FromConfiguration_BindsTheStorageSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kitty:Storage:DataDirectory"] = _directory,
                ["Kitty:Storage:FileName"] = "other.db",
                ["Kitty:Storage:Synchronous"] = "NORMAL",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddSqliteChatStore(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ChatStoreOptions>>().Value;

        Assert.Equal((Path.Combine(_directory, "other.db"), "NORMAL"), (options.FilePath, options.Synchronous));
    }

    [Theory]
    [InlineData("", "kitty.db", "FULL")]
    [InlineData("./data", "", "FULL")]
    [InlineData("./data", "a/b.db", "FULL")]
    [InlineData("./data", "kitty.db", "SOMETIMES")]
    public void Validator_RejectsUnusableOptions(string directory, string fileName, string synchronous)
    {
        var options = new ChatStoreOptions { DataDirectory = directory, FileName = fileName, Synchronous = synchronous };

        Assert.True(new ChatStoreOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void Validator_AcceptsTheDefaults() =>
        Assert.True(new ChatStoreOptionsValidator().Validate(null, new ChatStoreOptions()).Succeeded);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
