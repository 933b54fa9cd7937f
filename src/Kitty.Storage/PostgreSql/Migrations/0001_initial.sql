-- The chat store on PostgreSQL: Migrations/Sql/0001_initial.sql translated, same tables, columns, keys and indexes,
-- so each SqliteChatStore statement and row reader ports as it is. How SQLite types map:
-- * INTEGER ids, times (unix milliseconds, as DbTime writes them) and counts: BIGINT. SQLite integers are 64-bit;
--   ids come from the grains (never generated here), so no identity or sequence replaces the rowid alias.
-- * INTEGER flags the store binds as a bool and reads with GetBoolean (is_guest, presence_online, muted): BOOLEAN.
--   Flags it writes and compares as 0/1 in SQL (messages.deleted, functions.enabled): INTEGER limited to 0 and 1,
--   so "deleted = 0" and "enabled = 1" keep working (PostgreSQL has no boolean = integer operator).
-- * TEXT: TEXT, JSON included (properties, mentions, links, file): the store binds and reads strings, and jsonb
--   would need a typed parameter at every write and would rewrite the stored text.
-- * Text that listings sort or search (names, types, body) is COLLATE "C": byte order like SQLite BINARY whatever
--   the database default, and ILIKE over "C" folds ASCII letters only, exactly like SQLite LIKE.
-- * BLOB: BYTEA.
-- Partial and expression indexes exist in PostgreSQL as written. grain_state is not here: in cluster mode grain
-- state lives in OrleansStorage (Orleans.Persistence.AdoNet, PostgreSql/Orleans/03-persistence.sql).
CREATE TABLE users (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    type TEXT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    display_name TEXT COLLATE "C" NOT NULL,
    display_picture_url TEXT,
    is_guest BOOLEAN NOT NULL,
    presence_status TEXT NOT NULL,
    presence_online BOOLEAN NOT NULL,
    properties TEXT NOT NULL,
    created_time BIGINT NOT NULL
);
CREATE INDEX ix_users_application_name ON users (application_id, name);

CREATE TABLE channels (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C",
    display_name TEXT COLLATE "C",
    properties TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    creator_id BIGINT,
    main_thread_id BIGINT NOT NULL
);
CREATE INDEX ix_channels_application ON channels (application_id, id);
CREATE INDEX ix_channels_creator ON channels (creator_id);

CREATE TABLE channel_members (
    channel_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_members_user ON channel_members (user_id);

CREATE TABLE channel_moderators (
    channel_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_moderators_user ON channel_moderators (user_id);

CREATE TABLE channel_invites (
    channel_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX ix_channel_invites_user ON channel_invites (user_id);

CREATE TABLE threads (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    parent_message_id BIGINT,
    properties TEXT NOT NULL,
    created_time BIGINT NOT NULL
);
CREATE INDEX ix_threads_channel ON threads (channel_id);
CREATE INDEX ix_threads_parent ON threads (parent_message_id) WHERE parent_message_id IS NOT NULL;

CREATE TABLE messages (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    thread_id BIGINT NOT NULL,
    type TEXT NOT NULL,
    user_id BIGINT,
    body TEXT COLLATE "C",
    file TEXT,
    group_tag TEXT,
    properties TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    last_edited_time BIGINT,
    nested_level BIGINT NOT NULL,
    parent_message_id BIGINT,
    replies_count BIGINT NOT NULL DEFAULT 0,
    mentions TEXT NOT NULL,
    links TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_messages_deleted CHECK (deleted IN (0, 1)),
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
    message_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    created_time BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX ix_read_receipts_user ON read_receipts (user_id);

CREATE TABLE files (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    access_token TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    created_time BIGINT NOT NULL
);

CREATE TABLE notifications (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data_type TEXT NOT NULL,
    channel_id BIGINT,
    message_id BIGINT,
    muted BOOLEAN NOT NULL,
    created_time BIGINT NOT NULL,
    read_time BIGINT
);
CREATE INDEX ix_notifications_user ON notifications (application_id, user_id, id);

CREATE TABLE user_sessions (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    state TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    end_time BIGINT,
    user_agent TEXT
);
CREATE INDEX ix_user_sessions_application ON user_sessions (application_id, state, id);

CREATE TABLE chat_sessions (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    user_session_id BIGINT NOT NULL,
    state TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    end_time BIGINT
);
CREATE INDEX ix_chat_sessions_application ON chat_sessions (application_id, state, id);
