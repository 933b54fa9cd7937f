namespace Kitty.Abstractions.Users;

/// <summary>Whether a user is a person or a bot.</summary>
public enum UserType
{
    /// <summary>A human user.</summary>
    PERSON,
    /// <summary>An automated user.</summary>
    BOT,
}
