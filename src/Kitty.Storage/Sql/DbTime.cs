namespace Kitty.Storage.Sql;

/// <summary>Times are stored as UTC unix milliseconds: compact, ordered and exact to the millisecond.</summary>
internal static class DbTime
{
    public static long ToDb(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? ToDb(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
