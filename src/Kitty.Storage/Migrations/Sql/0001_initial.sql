CREATE TABLE users (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    display_picture_url TEXT,
    is_guest INTEGER NOT NULL,
    presence_status TEXT NOT NULL,
    presence_online INTEGER NOT NULL,
    properties TEXT NOT NULL,
    created_time INTEGER NOT NULL
);
CREATE INDEX ix_users_application_name ON users (application_id, name);

CREATE TABLE channels (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    display_name TEXT,
    properties TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    creator_id INTEGER,
    main_thread_id INTEGER NOT NULL
);
CREATE INDEX ix_channels_application ON channels (application_id, id);
CREATE INDEX ix_channels_creator ON channels (creator_id);

CREATE TABLE channel_members (
    channel_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    application_id INTEGER NOT NULL,
    created_time INTEGER NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_members_user ON channel_members (user_id);

CREATE TABLE channel_moderators (
    channel_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    application_id INTEGER NOT NULL,
    created_time INTEGER NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_moderators_user ON channel_moderators (user_id);

CREATE TABLE channel_invites (
    channel_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    application_id INTEGER NOT NULL,
    created_time INTEGER NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_invites_user ON channel_invites (user_id);

CREATE TABLE threads (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    parent_message_id INTEGER,
    properties TEXT NOT NULL,
    created_time INTEGER NOT NULL
);
CREATE INDEX ix_threads_channel ON threads (channel_id);
CREATE INDEX ix_threads_parent ON threads (parent_message_id) WHERE parent_message_id IS NOT NULL;

CREATE TABLE messages (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    thread_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    user_id INTEGER,
    body TEXT,
    file TEXT,
    group_tag TEXT,
    properties TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    last_edited_time INTEGER,
    nested_level INTEGER NOT NULL,
    parent_message_id INTEGER,
    replies_count INTEGER NOT NULL DEFAULT 0,
    mentions TEXT NOT NULL,
    links TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    client_message_id TEXT,
    CONSTRAINT ux_messages_channel_seq UNIQUE (channel_id, seq)
);
-- System messages have no sender: coalesce so their client ids are unique per channel too.
CREATE UNIQUE INDEX ux_messages_client_id ON messages (channel_id, coalesce(user_id, 0), client_message_id)
    WHERE client_message_id IS NOT NULL;
CREATE INDEX ix_messages_thread ON messages (thread_id, id);
CREATE INDEX ix_messages_application ON messages (application_id, id);
CREATE INDEX ix_messages_user ON messages (user_id);

CREATE TABLE read_receipts (
    message_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    application_id INTEGER NOT NULL,
    created_time INTEGER NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX ix_read_receipts_user ON read_receipts (user_id);

CREATE TABLE files (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    access_token TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_time INTEGER NOT NULL
);

CREATE TABLE notifications (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data_type TEXT NOT NULL,
    channel_id INTEGER,
    message_id INTEGER,
    muted INTEGER NOT NULL,
    created_time INTEGER NOT NULL,
    read_time INTEGER
);
CREATE INDEX ix_notifications_user ON notifications (application_id, user_id, id);

CREATE TABLE user_sessions (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    end_time INTEGER,
    user_agent TEXT
);
CREATE INDEX ix_user_sessions_application ON user_sessions (application_id, state, id);

CREATE TABLE chat_sessions (
    id INTEGER NOT NULL PRIMARY KEY,
    application_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    user_session_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    end_time INTEGER
);
CREATE INDEX ix_chat_sessions_application ON chat_sessions (application_id, state, id);

CREATE TABLE grain_state (
    grain_type TEXT NOT NULL,
    grain_id TEXT NOT NULL,
    payload BLOB NOT NULL,
    etag TEXT NOT NULL,
    PRIMARY KEY (grain_type, grain_id)
);
