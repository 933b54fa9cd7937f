namespace Kitty.Client.Requests;

/// <summary>Keystrokes to relay: the current input text in a channel or thread.</summary>
/// <param name="Keys">The current input text; empty means the user stopped typing.</param>
/// <param name="ChannelId">The channel typed in.</param>
/// <param name="ThreadId">The thread typed in.</param>
public sealed record KeystrokesRequest(string Keys, long? ChannelId = null, long? ThreadId = null);
