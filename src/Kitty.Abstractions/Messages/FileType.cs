namespace Kitty.Abstractions.Messages;

/// <summary>Where a file lives.</summary>
public enum FileType
{
    /// <summary>Uploaded to and served by Kitty.</summary>
    HOSTED,
    /// <summary>A URL elsewhere.</summary>
    EXTERNAL,
}
