namespace Kitty.Functions;

/// <summary>
/// The host side of a function's <c>context</c>: every API method a script calls
/// (<c>context.getUserApi().createUser({...})</c>) arrives here by name, with its arguments as a JSON array.
/// </summary>
public interface IChatFunctionContext
{
    /// <summary>Runs <paramref name="method"/> of <paramref name="api"/> (<c>user</c>, <c>channel</c>, <c>message</c>,
    /// <c>application</c>, <c>userSession</c>) and returns the JSON the script receives as <c>{ data }</c>.</summary>
    Task<string> Invoke(string api, string method, string argsJson);
}
