-- Notifications name what they are about: the mentioned user or channel, the replied-to message.
ALTER TABLE notifications ADD COLUMN mentioned_user_id BIGINT;
ALTER TABLE notifications ADD COLUMN mentioned_channel_id BIGINT;
ALTER TABLE notifications ADD COLUMN parent_message_id BIGINT;
