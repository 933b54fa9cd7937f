using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string UpsertFunctionSql = """
        INSERT INTO functions (id, application_id, type, name, description, enabled, current_version_number, created_time)
        VALUES (@id, @app, @type, @name, @description, @enabled, @current, @created)
        ON CONFLICT (id) DO UPDATE SET
            description = excluded.description, enabled = excluded.enabled, current_version_number = excluded.current_version_number
        WHERE functions.application_id = excluded.application_id
        """;

    private const string FunctionColumns = "f.id, f.application_id, f.type, f.name, f.description, f.enabled, f.current_version_number, f.created_time";

    public Task UpsertFunction(ChatFunction function) => Write(w => w.Command(UpsertFunctionSql)
        .With("@id", function.Id)
        .With("@app", function.ApplicationId)
        .With("@type", function.Type)
        .With("@name", function.Name)
        .With("@description", function.Description)
        .With("@enabled", function.Enabled ? 1 : 0)
        .With("@current", function.CurrentVersionNumber)
        .With("@created", DbTime.ToDb(function.CreatedTime))
        .ExecuteNonQueryAsync());

    public Task<Page<ChatFunction>> ListFunctions(long applicationId, ChatFunctionRuntime runtime, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = new SqlFilter();
        filter.Where($"f.application_id = {filter.Param(applicationId)}");
        var orderBy = Sort("f", "name", "type", "currentVersionNumber").Build(page.Sort);
        return Read(connection => Paging.ReadAsync(connection, FunctionColumns, "functions f", filter, orderBy, page, r => new ChatFunction(
            r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            r.GetInt64(5) != 0, r.GetInt32(6), runtime, DbTime.FromDb(r.GetInt64(7)))));
    }

    public Task<long?> FindFunctionByTrigger(long applicationId, string trigger) => Read(async connection =>
    {
        await using var command = connection.Query("""
            SELECT id FROM functions
            WHERE application_id = @app AND type = @type AND enabled = 1 AND current_version_number > 0
            ORDER BY id LIMIT 1
            """)
            .With("@app", applicationId)
            .With("@type", trigger);
        return await command.LongOrNullAsync();
    });

    public Task SaveFunctionVersion(ChatFunctionVersion version) => Write(w => w.Command("""
            INSERT INTO function_versions (id, application_id, function_id, version_number, handler_script, created_time, compiled_script)
            VALUES (@id, @app, @function, @number, @script, @created, @compiled)
            ON CONFLICT (function_id, version_number) DO UPDATE SET
                id = excluded.id, handler_script = excluded.handler_script, created_time = excluded.created_time,
                compiled_script = excluded.compiled_script
            WHERE function_versions.application_id = excluded.application_id
            """)
        .With("@id", version.Id)
        .With("@app", version.ApplicationId)
        .With("@function", version.FunctionId)
        .With("@number", version.VersionNumber)
        .With("@script", version.HandlerScript)
        .With("@created", DbTime.ToDb(version.CreatedTime))
        .With("@compiled", version.CompiledScript)
        .ExecuteNonQueryAsync());

    private const string VersionColumns =
        "v.id, v.application_id, v.function_id, v.version_number, v.handler_script, v.created_time, v.compiled_script";

    public Task<ChatFunctionVersion?> GetFunctionVersion(long applicationId, long versionId) => Read(async connection =>
    {
        await using var command = connection.Query($"SELECT {VersionColumns} FROM function_versions v WHERE v.id = @id AND v.application_id = @app")
            .With("@id", versionId)
            .With("@app", applicationId);
        return await command.FirstOrDefaultAsync(ReadVersion);
    });

    public Task<Page<ChatFunctionVersion>> ListFunctionVersions(long applicationId, long functionId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = FunctionRows("v", applicationId, functionId);
        var orderBy = Sort("v", "versionNumber").Build(page.Sort, "v.version_number DESC");
        return Read(connection => Paging.ReadAsync(connection, VersionColumns, "function_versions v", filter, orderBy, page, ReadVersion));
    }

    private static SqlFilter FunctionRows(string alias, long applicationId, long functionId)
    {
        var filter = new SqlFilter();
        filter.Where($"{alias}.application_id = {filter.Param(applicationId)}");
        filter.Where($"{alias}.function_id = {filter.Param(functionId)}");
        return filter;
    }

    /// <summary>Sorts by id, createdTime and the named same-spelled columns (camelCase key → snake_case column).</summary>
    private static SortClause Sort(string alias, params string[] keys)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = $"{alias}.id",
            ["createdTime"] = $"{alias}.created_time",
        };
        foreach (var key in keys)
        {
            columns[key] = $"{alias}.{string.Concat(key.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()))}";
        }

        return new SortClause(columns, $"{alias}.id");
    }

    private static ChatFunctionVersion ReadVersion(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), DbTime.FromDb(r.GetInt64(5)),
            r.IsDBNull(6) ? null : r.GetString(6));
}
