using Kitty.Abstractions.Functions;
using Kitty.Abstractions.Paging;
using Kitty.Storage.Sql;
using System.Data.Common;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    private const string UpsertInvocationSql = """
        INSERT INTO function_invocations (id, application_id, function_id, version_number, args, result, status, logs, created_time, duration_ms)
        VALUES (@id, @app, @function, @number, @args, @result, @status, @logs, @created, @duration)
        ON CONFLICT (id) DO UPDATE SET
            result = excluded.result, status = excluded.status, logs = excluded.logs, duration_ms = excluded.duration_ms
        WHERE function_invocations.application_id = excluded.application_id
        """;

    private const string InvocationColumns =
        "i.id, i.application_id, i.function_id, i.version_number, i.args, i.result, i.status, i.logs, i.created_time, i.duration_ms";

    public Task UpsertFunctionInvocation(ChatFunctionInvocation invocation) => UpsertFunctionInvocations([invocation]);

    public Task UpsertFunctionInvocations(IReadOnlyList<ChatFunctionInvocation> invocations) => Write(async w =>
    {
        foreach (var invocation in invocations)
        {
            await w.Command(UpsertInvocationSql)
                .With("@id", invocation.Id)
                .With("@app", invocation.ApplicationId)
                .With("@function", invocation.FunctionId)
                .With("@number", invocation.VersionNumber)
                .With("@args", invocation.ArgsJson)
                .With("@result", invocation.ResultJson)
                .With("@status", invocation.Status.ToString())
                .With("@logs", invocation.Logs)
                .With("@created", DbTime.ToDb(invocation.CreatedTime))
                .With("@duration", invocation.Duration is { } d ? (long)d.TotalMilliseconds : null)
                .ExecuteNonQueryAsync();
        }
    });

    public Task<Page<ChatFunctionInvocation>> ListFunctionInvocations(long applicationId, long functionId, PageRequest page)
    {
        page = Paging.Normalize(page);
        var filter = FunctionRows("i", applicationId, functionId);
        var orderBy = Sort("i", "versionNumber", "status").Build(page.Sort, "i.id DESC");
        return Read(connection => Paging.ReadAsync(connection, InvocationColumns, "function_invocations i", filter, orderBy, page, ReadInvocation));
    }

    private static ChatFunctionInvocation ReadInvocation(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetInt64(2),
        r.GetInt32(3),
        r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        Enum.Parse<ChatFunctionInvocationStatus>(r.GetString(6)),
        r.GetString(7),
        DbTime.FromDb(r.GetInt64(8)),
        r.IsDBNull(9) ? null : TimeSpan.FromMilliseconds(r.GetInt64(9)));
}
