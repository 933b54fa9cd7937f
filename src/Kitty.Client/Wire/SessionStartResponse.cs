using Kitty.Client.Models;

namespace Kitty.Client.Wire;

/// <summary>The answer to <c>POST /rtm/sessions</c>.</summary>
internal sealed record SessionStartResponse(string Token, long ExpiresIn, CurrentUser User);
