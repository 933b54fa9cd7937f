namespace Kitty.Storage.PostgreSql;

/// <summary>The databases whose Orleans schema a silo applies before its providers start.</summary>
internal sealed class OrleansPostgresSchemaOptions
{
    public HashSet<string> ConnectionStrings { get; } = new(StringComparer.Ordinal);
}
