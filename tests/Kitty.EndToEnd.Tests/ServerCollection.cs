using Kitty.Testing;

namespace Kitty.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<KittyServerFixture>
{
    public const string Name = "server";
}
