using System.Text.Json;
using Kitty.Client.Models;
using Kitty.Client.Requests;
using Kitty.Client.Wire;

namespace Kitty.Client.Tests.Unit;

public sealed class HubPayloadTests
{
    [Fact]
    public void FromPlain_MessagePackTree_IsTheSameJson()
    {
        // What MessagePack-CSharp hands back for an untyped argument: object-keyed maps and object arrays.
        var tree = new Dictionary<object, object?>
        {
            ["type"] = "channel.message.created",
            ["seq"] = (byte)17,
            ["channelId"] = 42u,
            ["resource"] = new Dictionary<object, object?> { ["id"] = 5L, ["tags"] = new object?[] { "a", null, true }, ["ratio"] = 0.5 },
        };

        var json = HubPayload.FromPlain(tree);

        Assert.Equal(17, json.GetProperty("seq").GetInt64());
        Assert.Equal(42, json.GetProperty("channelId").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("resource").GetProperty("tags")[1].ValueKind);
        Assert.Equal(0.5, json.GetProperty("resource").GetProperty("ratio").GetDouble());
    }

    [Fact]
    public void ToPlain_Request_KeepsCamelCaseAndLeavesNullsOut()
    {
        var request = new ListMessagesRequest(ChannelId: 42, Page: new PageRequest(100, After: 17));

        var plain = Assert.IsType<Dictionary<string, object?>>(HubPayload.ToPlain(KittyJson.ToElement(request)));

        Assert.Equal(42L, plain["channelId"]);
        Assert.False(plain.ContainsKey("threadId"));
        var page = Assert.IsType<Dictionary<string, object?>>(plain["page"]);
        Assert.Equal(17L, page["after"]);
        Assert.Equal(100L, page["size"]);
    }

    [Theory]
    [InlineData("""{ "items": [], "next": 12 }""", "12", 12L)]
    [InlineData("""{ "items": [], "next": "abc" }""", "abc", null)]
    public void PageCursor_ReadsNumbersAndStrings(string json, string text, long? number)
    {
        var page = JsonSerializer.Deserialize<Page<Message>>(json, KittyJson.Options)!;

        Assert.Equal(text, page.Next!.Value.Value);
        Assert.Equal(number, page.Next!.Value.AsNumber);
        Assert.Null(page.Previous);
    }

    [Fact]
    public void PageCursor_NumericCursorIsWrittenAsANumber()
    {
        var json = KittyJson.ToElement(new PageRequest(After: 17, Before: "x"));

        Assert.Equal(JsonValueKind.Number, json.GetProperty("after").ValueKind);
        Assert.Equal(JsonValueKind.String, json.GetProperty("before").ValueKind);
    }
}
