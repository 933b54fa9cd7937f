using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task HideMessage(long applicationId, long messageId, long userId, DateTimeOffset time) =>
        Write(w => w.Command("""
            INSERT INTO hidden_messages (message_id, user_id, application_id, created_time)
            SELECT @message, @user, @app, @time WHERE EXISTS (SELECT 1 FROM messages WHERE id = @message AND application_id = @app)
            ON CONFLICT DO NOTHING
            """)
            .With("@message", messageId)
            .With("@user", userId)
            .With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());
}
