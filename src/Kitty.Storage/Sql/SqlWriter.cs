using System.Data.Common;

namespace Kitty.Storage.Sql;

/// <summary>A write in progress: every command it hands out runs in the write's one transaction.</summary>
public abstract class SqlWriter
{
    /// <summary>A command for <paramref name="sql"/> with no parameters bound yet, in the write's transaction.</summary>
    public abstract DbCommand Command(string sql);
}
