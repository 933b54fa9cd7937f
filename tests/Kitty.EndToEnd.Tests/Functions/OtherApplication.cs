using Kitty.Abstractions.Applications;
using Kitty.Abstractions.Channels;
using Kitty.Abstractions.Messages;
using Kitty.Abstractions.Users;
using Kitty.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kitty.EndToEnd.Tests.Functions;

/// <summary>
/// A second tenant on the same server, with a user, a channel and a message: what a function of the default
/// application must never reach. Made through the node's grains, as the Platform API only serves its own application.
/// </summary>
public sealed record OtherApplication(long Id, long UserId, long ChannelId, long MessageId)
{
    public static async Task<OtherApplication> ProvisionAsync(KittyServerInstance server)
    {
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var id = Random.Shared.NextInt64(1L << 40, 1L << 50);
        var suffix = Guid.NewGuid().ToString("N");
        await grains.GetGrain<IApplicationGrain>(id).Provision(new ApplicationCredentials($"key-{suffix}", $"client-{suffix}", $"secret-{suffix}"));
        var user = await grains.GetGrain<IUserDirectoryGrain>(id).CreateUser(new CreateUser(id, "victim", "Victim", false, "{}"));
        var channel = await grains.GetGrain<IChannelDirectoryGrain>(id).CreateChannel(
            new CreateChannel(id, ChannelType.PUBLIC, "vault", "Vault", UserReference.ById(user.Id), [UserReference.ById(user.Id)], "{}"));
        var message = await grains.GetGrain<IChannelGrain>(channel.Id).SendMessage(new SendMessage(id, user.Id, "the secret", null, null, "{}"));
        return new OtherApplication(id, user.Id, channel.Id, message.Id);
    }

    /// <summary>The bodies of the other channel's messages, to see that nothing was written into it.</summary>
    public async Task<IReadOnlyList<string?>> MessageBodies(KittyServerInstance server)
    {
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var page = await grains.GetGrain<IMessageDirectoryGrain>(Id)
            .ListMessages(new MessageQuery(ChannelId: ChannelId), new Abstractions.Paging.CursorRequest(100, null, null, Abstractions.Paging.CursorRelation.SELF));
        return [.. page.Items.Select(m => m.Body)];
    }
}
