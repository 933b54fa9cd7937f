using Kitty.Abstractions.Applications;

namespace Kitty.Testing;

/// <summary>Credentials of the default application of servers started by tests.</summary>
public static class TestCredentials
{
    public static ApplicationCredentials Default { get; } =
        new("test-api-key", "test-client-id", "test-client-secret-0123456789");
}
