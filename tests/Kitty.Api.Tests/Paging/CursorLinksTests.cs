using Kitty.Abstractions.Paging;
using Kitty.Api.Paging;

namespace Kitty.Api.Tests.Paging;

public sealed class CursorLinksTests
{
    private const string Href = "https://kitty.example/v1/channels/702/messages";

    [Fact]
    public void Build_NewestPageWithOlderItems_LinksSelfAndNext()
    {
        var page = new CursorPage<int>([5, 4, 3], 3, Start: 500, Next: 300, Previous: 500, HasOlder: true, HasNewer: false);
        var request = new CursorRequest(3, null, null, CursorRelation.SELF);

        var links = CursorLinks.Build(Href, page, request, []);

        Assert.Equal(["self", "next"], links.Keys);
        Assert.Equal(Href + "?start=500&next=500&size=3&relation=SELF", links["self"].Href);
        Assert.Equal(Href + "?start=500&next=300&size=3&relation=NEXT", links["next"].Href);
    }

    [Fact]
    public void Build_OlderPage_LinksPrevToNewerItems()
    {
        var page = new CursorPage<int>([2, 1], 3, Start: 500, Next: 100, Previous: 200, HasOlder: false, HasNewer: true);
        var request = new CursorRequest(3, 500, 300, CursorRelation.NEXT);

        var links = CursorLinks.Build(Href, page, request, []);

        Assert.Equal(["self", "prev"], links.Keys);
        Assert.Equal(Href + "?start=500&next=200&size=3&relation=PREVIOUS", links["prev"].Href);
    }

    [Fact]
    public void Build_EmptyPage_SelfEchoesTheRequest()
    {
        var page = new CursorPage<int>([], 3, Start: null, Next: null, Previous: null, HasOlder: false, HasNewer: false);
        var request = new CursorRequest(3, null, null, CursorRelation.SELF);

        var links = CursorLinks.Build(Href, page, request, []);

        Assert.Equal(["self"], links.Keys);
        Assert.Equal(Href + "?size=3&relation=SELF", links["self"].Href);
    }

    [Fact]
    public void Build_CarriesFilterParameters()
    {
        var page = new CursorPage<int>([5], 1, Start: 5, Next: 5, Previous: 5, HasOlder: true, HasNewer: false);
        var request = new CursorRequest(1, null, null, CursorRelation.SELF);

        var links = CursorLinks.Build(Href, page, request,
            [QueryParameter.Of("username", "jane"), QueryParameter.Of("query", "hello world"), QueryParameter.Of("unread", null)]);

        Assert.Equal(Href + "?start=5&next=5&size=1&relation=NEXT&username=jane&query=hello%20world", links["next"].Href);
    }

    [Fact]
    public void Metadata_HasSizeAndStringCursors()
    {
        var page = new CursorPage<int>([5], 1, Start: 333582423138781125, Next: 327180758840001251, Previous: 5, HasOlder: true, HasNewer: false);

        var metadata = CursorLinks.Metadata(page, new CursorRequest(5, null, null, CursorRelation.SELF));

        Assert.Equal(new Kitty.Api.Hal.CursorPageMetadata(5, "333582423138781125", "327180758840001251"), metadata);
    }
}
