using Kitty.Storage.Sql;

namespace Kitty.Storage.Chat;

public sealed partial class SqlChatStore
{
    public Task HideChannel(long applicationId, long channelId, long userId, DateTimeOffset time) =>
        Write(w => w.Command("""
            INSERT INTO hidden_channels (channel_id, user_id, application_id, created_time)
            SELECT @channel, @user, @app, @time WHERE EXISTS (SELECT 1 FROM channels WHERE id = @channel AND application_id = @app)
            ON CONFLICT DO NOTHING
            """)
            .With("@channel", channelId)
            .With("@user", userId)
            .With("@app", applicationId)
            .With("@time", DbTime.ToDb(time))
            .ExecuteNonQueryAsync());

    public Task UnhideChannel(long applicationId, long channelId) =>
        Write(w => w.Command("DELETE FROM hidden_channels WHERE channel_id = @channel AND application_id = @app")
            .With("@channel", channelId)
            .With("@app", applicationId)
            .ExecuteNonQueryAsync());
}
