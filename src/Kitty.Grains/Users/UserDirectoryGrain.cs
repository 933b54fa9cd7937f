using Kitty.Abstractions.Naming;
using Kitty.Abstractions.Notifications;
using Kitty.Abstractions.Paging;
using Kitty.Abstractions.Users;
using Kitty.Grains.Ids;
using Kitty.Storage;

namespace Kitty.Grains.Users;

[StatelessWorker]
public sealed class UserDirectoryGrain(IChatStore store, IIdGenerator ids) : Grain, IUserDirectoryGrain
{
    private long ApplicationId => this.GetPrimaryKeyLong();

    public async Task<ChatUser> CreateUser(CreateUser command)
    {
        if (command.ApplicationId != ApplicationId) throw KittyException.NotFound("Application");
        UserValidation.ValidateName(command.Name);
        var id = ids.NextId();
        var name = GrainFactory.GetGrain<IUniqueNameGrain>(UniqueNames.User(ApplicationId, command.Name));
        if (await name.Claim(id) != id)
            throw new KittyException(KittyError.DuplicateResourceError, $"A user named '{command.Name}' already exists.");
        try
        {
            return await GrainFactory.GetGrain<IUserGrain>(id).Create(command);
        }
        catch
        {
            await name.Release(id);
            throw;
        }
    }

    public Task<long?> FindUserId(string name) =>
        GrainFactory.GetGrain<IUniqueNameGrain>(UniqueNames.User(ApplicationId, name)).GetOwner();

    public async Task<long> Resolve(UserReference user)
    {
        if (user.Id is { } id)
        {
            return await store.GetUser(ApplicationId, id) is not null ? id : throw KittyException.NotFound("User");
        }

        if (!string.IsNullOrEmpty(user.Username))
            return await FindUserId(user.Username) ?? throw KittyException.NotFound("User");
        throw KittyException.Invalid("A user reference needs an 'id' or a 'username'.");
    }

    public Task<Page<ChatUser>> ListUsers(UserQuery query, PageRequest page) => store.ListUsers(ApplicationId, query, page);

    public async Task<CursorPage<Notification>> ListNotifications(long userId, CursorRequest cursor)
    {
        _ = await store.GetUser(ApplicationId, userId) ?? throw KittyException.NotFound("User");
        return await store.ListNotifications(ApplicationId, userId, cursor);
    }
}
