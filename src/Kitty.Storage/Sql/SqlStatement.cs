namespace Kitty.Storage.Sql;

/// <summary>
/// One SQL statement with its named parameters (<c>@name</c>): a write described rather than run, so a database can
/// send a batch of them in one round trip.
/// </summary>
public sealed record SqlStatement(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    public SqlStatement(string sql, params (string Name, object? Value)[] parameters)
        : this(sql, [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))])
    {
    }
}
