-- Realtime look-ups: a channel's active chat sessions.
CREATE INDEX ix_chat_sessions_channel ON chat_sessions (channel_id, state);
