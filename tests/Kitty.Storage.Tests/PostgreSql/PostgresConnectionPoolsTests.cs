using Kitty.Storage.PostgreSql;
using Npgsql;

namespace Kitty.Storage.Tests.PostgreSql;

public sealed class PostgresConnectionPoolsTests
{
    [Fact]
    public void Limit_WithoutAPoolSize_SetsTheNodesDefault_AndKeepsTheRest()
    {
        var limited = new NpgsqlConnectionStringBuilder(PostgresConnectionPools.Limit("Host=db;Username=kitty;Password=p;Database=kitty", 16));

        Assert.Equal(16, limited.MaxPoolSize);
        Assert.Equal(("db", "kitty", "p", "kitty"), (limited.Host, limited.Username, limited.Password, limited.Database));
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50")]
    [InlineData("Host=db;maximum pool size=50")]
    [InlineData("Host=db;MaxPoolSize=50")]
    public void Limit_KeepsAPoolSizeTheConnectionStringNames(string connectionString) =>
        Assert.Equal(50, new NpgsqlConnectionStringBuilder(PostgresConnectionPools.Limit(connectionString, 16)).MaxPoolSize);
}
