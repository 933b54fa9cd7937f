using Kitty.Abstractions.Messages;

namespace Kitty.Abstractions.Users;

/// <summary>
/// One user: profile, secrets and (with live sessions) presence. Keyed by user id. Every call names the
/// caller's application; a user of another application answers <c>ResourceNotFoundError</c>.
/// </summary>
[Alias("kitty.user")]
public interface IUserGrain : IGrainWithIntegerKey
{
    /// <summary>Creates the user with this grain's id. The caller has claimed the user name.</summary>
    [Alias("create")]
    Task<ChatUser> Create(CreateUser command);

    /// <summary>The user.</summary>
    [ReadOnly, Alias("get")]
    Task<ChatUser> Get(long applicationId);

    /// <summary>Applies a merge-patch to the profile.</summary>
    [Alias("update")]
    Task<ChatUser> Update(long applicationId, UserPatch patch);

    /// <summary>Deletes the user and frees the name. Their messages stay, shown without a live profile.</summary>
    [Alias("delete")]
    Task Delete(long applicationId);

    /// <summary>Sets the display picture to a file (external or hosted).</summary>
    [Alias("set-display-picture")]
    Task<ChatUser> SetDisplayPicture(long applicationId, FileProperties picture);

    /// <summary>A secret's JSON value, or <c>ResourceNotFoundError</c>.</summary>
    [ReadOnly, Alias("get-secret")]
    Task<string> GetSecret(long applicationId, string name);

    /// <summary>Sets a secret to a JSON value.</summary>
    [Alias("set-secret")]
    Task<ChatUser> SetSecret(long applicationId, string name, string secretJson);

    /// <summary>Removes a secret (no error when absent).</summary>
    [Alias("remove-secret")]
    Task<ChatUser> RemoveSecret(long applicationId, string name);
}
