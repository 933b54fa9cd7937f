using System.Net.Http.Headers;
using Kitty.Testing;

namespace Kitty.EndToEnd.Tests;

/// <summary>Everything accepted before a restart is there after it.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task DataWrittenThroughTheApi_SurvivesARestartOfTheServer()
    {
        using var data = new TemporaryDirectory();
        long userId, channelId, applicationId;
        string pictureUrl;
        List<long> messageIds = [];
        await using (var first = await KittyServerInstance.StartAsync(data.Path))
        {
            applicationId = first.Application.Id;
            using var api = await PlatformClient(first);
            var user = await api.Post("/v1/users", """{"name":"keeper","displayName":"Keeper","isGuest":false,"properties":{"k":1}}""");
            userId = user.Id();
            var channel = await api.Post("/v1/channels",
                $$$"""{"type":"PUBLIC","name":"archive","creator":{"id":{{{userId}}}},"properties":{"topic":"history"}}""");
            channelId = channel.Id();
            for (var i = 0; i < 3; i++)
                messageIds.Add((await api.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"kept {{{i}}}","user":{"id":{{{userId}}}}}""")).Id());
            await api.Send(HttpMethod.Put, $"/v1/users/{userId}/secrets/pin", """{"secret":"1234"}""");
            await api.Send(HttpMethod.Put, "/v1/application/settings", """{"guestUsers":"DISABLED","userCreatedChannels":"DISABLED"}""");
            pictureUrl = await UploadPicture(api, userId, [1, 2, 3, 4]);
        }

        await using var second = await KittyServerInstance.StartAsync(data.Path);
        using var again = await PlatformClient(second);

        Assert.Equal(applicationId, second.Application.Id);
        var userAfter = await again.Get($"/v1/users/{userId}");
        Assert.Equal("Keeper", userAfter["displayName"]!.GetValue<string>());
        Assert.Equal(1, userAfter["properties"]!["k"]!.GetValue<int>());
        var channelAfter = await again.Get($"/v1/channels/{channelId}");
        Assert.Equal("archive", channelAfter["name"]!.GetValue<string>());
        Assert.Equal(userId, channelAfter["creator"]!.AsObject().Id());
        var messages = await again.Get($"/v1/channels/{channelId}/messages");
        Assert.Equal(messageIds.AsEnumerable().Reverse(), messages.Embedded("messages").Select(m => m!.AsObject().Id()));
        Assert.Equal("\"1234\"", (await again.Get($"/v1/users/{userId}/secrets/pin"))["secret"]!.ToJsonString());
        Assert.Equal("DISABLED", (await again.Get("/v1/application/settings"))["guestUsers"]!.GetValue<string>());
        var members = await again.Get($"/v1/channels/{channelId}/members");
        Assert.Equal(userId, Assert.Single(members.Embedded("users"))!.AsObject().Id());
        using var download = new HttpClient();
        Assert.Equal([1, 2, 3, 4], await download.GetByteArrayAsync(new Uri(second.BaseUrl, new Uri(pictureUrl).PathAndQuery)));

        var after = await again.Post($"/v1/channels/{channelId}/messages", $$$"""{"type":"TEXT","body":"after","user":{"id":{{{userId}}}}}""");
        Assert.True(after.Id() > messageIds[^1]);
    }

    private static async Task<HttpClient> PlatformClient(KittyServerInstance server)
    {
        var client = new HttpClient { BaseAddress = server.BaseUrl };
        var token = await KittyServerFixture.RequestTokenAsync(client, server.Credentials.ClientId, server.Credentials.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> UploadPicture(HttpClient api, long userId, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "me.png");
        using var response = await api.PostAsync($"/v1/users/{userId}/display-picture", form);
        response.EnsureSuccessStatusCode();
        return (await response.ReadObject())["displayPictureUrl"]!.GetValue<string>();
    }
}
