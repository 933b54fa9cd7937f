-- Direct channels a member hid until the next message (projection of the channel grain), so that a user's
-- channel listing can leave them out in one query.
CREATE TABLE hidden_channels (
    channel_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (user_id, channel_id)
);
CREATE INDEX ix_hidden_channels_channel ON hidden_channels (channel_id);

-- Who blocked a sender: the notification path asks this once per message.
CREATE INDEX ix_user_blocks_blocked ON user_blocks (blocked_user_id, user_id);
