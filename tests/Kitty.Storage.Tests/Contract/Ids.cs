namespace Kitty.Storage.Tests.Contract;

/// <summary>Fresh, increasing ids (like the server's snowflakes), so tests sharing a database never collide.</summary>
internal static class Ids
{
    private static long _last = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 12;

    public static long Next() => Interlocked.Increment(ref _last);
}
