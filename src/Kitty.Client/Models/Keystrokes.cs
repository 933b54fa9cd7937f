namespace Kitty.Client.Models;

/// <summary>Another user's keystrokes in a channel or thread: the current text of their input.</summary>
/// <param name="Username">Who is typing.</param>
/// <param name="Keys">The current input text (empty when cleared).</param>
public sealed record Keystrokes(string Username, string Keys);
