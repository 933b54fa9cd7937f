namespace Kitty.Client.Models;

/// <summary>A preview of a linked page.</summary>
/// <param name="Url">The page's canonical URL.</param>
/// <param name="Title">The page title.</param>
/// <param name="Description">The page description.</param>
/// <param name="SiteName">The site's name.</param>
public sealed record LinkPreview(string? Url, string? Title, string? Description, string? SiteName);
