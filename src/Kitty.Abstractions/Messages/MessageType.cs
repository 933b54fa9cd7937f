namespace Kitty.Abstractions.Messages;

/// <summary>Message kinds: sent by a user (TEXT, FILE) or by the application (SYSTEM_*).</summary>
public enum MessageType
{
    /// <summary>A user's text message.</summary>
    TEXT,
    /// <summary>A user's file message.</summary>
    FILE,
    /// <summary>The application's text message.</summary>
    SYSTEM_TEXT,
    /// <summary>The application's file message.</summary>
    SYSTEM_FILE,
}
