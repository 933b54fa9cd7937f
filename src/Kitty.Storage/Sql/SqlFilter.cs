namespace Kitty.Storage.Sql;

/// <summary>
/// A WHERE clause built from fragments whose values are always bound parameters; only the generated
/// parameter names are ever spliced into SQL text.
/// </summary>
internal sealed class SqlFilter
{
    private readonly List<string> _clauses = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public string Sql => _clauses.Count == 0 ? "1 = 1" : string.Join(" AND ", _clauses.Select(c => $"({c})"));

    /// <summary>Binds <paramref name="value"/> and returns its parameter name.</summary>
    public string Param(object? value)
    {
        var name = $"@p{_parameters.Count}";
        _parameters.Add((name, value));
        return name;
    }

    public SqlFilter Where(string clause)
    {
        _clauses.Add(clause);
        return this;
    }

    /// <summary>A copy that further fragments can be added to without changing this filter.</summary>
    public SqlFilter Copy()
    {
        var copy = new SqlFilter();
        copy._clauses.AddRange(_clauses);
        copy._parameters.AddRange(_parameters);
        return copy;
    }
}
