using Kitty.Testing;

namespace Kitty.Client.Tests.EndToEnd;

/// <summary>One in-process Kitty server for the client's end-to-end tests.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<KittyServerFixture>
{
    public const string Name = "Kitty.Client against a real server";
}
