namespace Kitty.Storage.Tests.Contract;

public abstract partial class ChatStoreContractTests
{
    [SkippableFact]
    public async Task SaveFile_ThenOpenFile_WithItsToken_ReturnsTheContent()
    {
        var id = Ids.Next();
        byte[] content = [0, 1, 2, 255];

        await Store.SaveFile(App, id, "secret-token", "cat.png", "image/png", content, T0);
        var file = await Store.OpenFile(App, id, "secret-token");

        Assert.NotNull(file);
        Assert.Equal((id, "cat.png", "image/png"), (file.Id, file.Name, file.ContentType));
        Assert.Equal(content, file.Content);
    }

    [SkippableTheory]
    [InlineData("wrong-token", false)]
    [InlineData("secret-toke", false)]
    [InlineData("secret-token", true)]
    public async Task OpenFile_WithAWrongTokenOrFromAnotherApplication_IsNull(string token, bool otherApplication)
    {
        var id = Ids.Next();
        await Store.SaveFile(App, id, "secret-token", "a.txt", "text/plain", [42], T0);

        Assert.Null(await Store.OpenFile(otherApplication ? OtherApp : App, id, token));
    }

    [SkippableFact]
    public async Task OpenFile_ThatWasNeverSaved_IsNull() => Assert.Null(await Store.OpenFile(App, Ids.Next(), "token"));
}
