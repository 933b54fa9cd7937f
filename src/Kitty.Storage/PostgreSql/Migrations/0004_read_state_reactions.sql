-- Read pointers: the highest seq each member read in a channel (projection of the channel grain).
CREATE TABLE read_pointers (
    channel_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    last_read_seq BIGINT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_read_pointers_user ON read_pointers (user_id);

-- Reactions, one per (message, user, emoji); the message row keeps their summary as JSON.
CREATE TABLE message_reactions (
    message_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    emoji TEXT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
);
-- A constant default: PostgreSQL 11+ adds the column without rewriting the table.
ALTER TABLE messages ADD COLUMN reactions TEXT NOT NULL DEFAULT '[]';

-- Messages a user deleted for themselves.
CREATE TABLE hidden_messages (
    message_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (user_id, message_id)
);

-- Users a user blocked (projection of the user grain).
CREATE TABLE user_blocks (
    user_id BIGINT NOT NULL,
    blocked_user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (user_id, blocked_user_id)
);
