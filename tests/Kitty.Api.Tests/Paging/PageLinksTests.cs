using Kitty.Abstractions.Paging;
using Kitty.Api.Paging;

namespace Kitty.Api.Tests.Paging;

public sealed class PageLinksTests
{
    private const string Href = "https://kitty.example/v1/users";

    [Fact]
    public void Build_FirstOfThreePages_HasNextButNoPrev()
    {
        var links = PageLinks.Build(Href, new PageRequest(0, 25, []), 3, []);

        Assert.Equal(["first", "self", "next", "last"], links.Keys);
        Assert.Equal(Href + "?page=0&size=25", links["first"].Href);
        Assert.Equal(Href + "?page=0&size=25", links["self"].Href);
        Assert.Equal(Href + "?page=1&size=25", links["next"].Href);
        Assert.Equal(Href + "?page=2&size=25", links["last"].Href);
    }

    [Fact]
    public void Build_MiddlePage_HasPrevAndNext()
    {
        var links = PageLinks.Build(Href, new PageRequest(1, 10, []), 3, []);

        Assert.Equal(["first", "prev", "self", "next", "last"], links.Keys);
        Assert.Equal(Href + "?page=0&size=10", links["prev"].Href);
        Assert.Equal(Href + "?page=2&size=10", links["next"].Href);
    }

    [Fact]
    public void Build_LastPage_HasNoNext()
    {
        var links = PageLinks.Build(Href, new PageRequest(2, 10, []), 3, []);

        Assert.False(links.ContainsKey("next"));
        Assert.Equal(Href + "?page=2&size=10", links["last"].Href);
    }

    [Fact]
    public void Build_EmptyCollection_HasSelfAndAFirstLastOfPageZero()
    {
        var links = PageLinks.Build(Href, new PageRequest(0, 25, []), 0, []);

        Assert.Equal(["first", "self", "last"], links.Keys);
        Assert.Equal(Href + "?page=0&size=25", links["last"].Href);
    }

    [Fact]
    public void Build_PageBeyondTheEnd_PointsPrevAtTheLastPage()
    {
        var links = PageLinks.Build(Href, new PageRequest(9, 10, []), 3, []);

        Assert.Equal(Href + "?page=2&size=10", links["prev"].Href);
        Assert.False(links.ContainsKey("next"));
    }

    [Fact]
    public void Build_CarriesSortAndFilters_Encoded_AndDropsNullFilters()
    {
        var request = new PageRequest(0, 5, [new SortOrder("name", false), new SortOrder("createdTime", true)]);

        var links = PageLinks.Build(Href, request, 1,
            [QueryParameter.Of("name", "jane doe&co"), QueryParameter.Of("properties", null), QueryParameter.Of("members", "a"), QueryParameter.Of("members", "b")]);

        Assert.Equal(Href + "?page=0&size=5&sort=name,asc&sort=createdTime,desc&name=jane%20doe%26co&members=a&members=b", links["self"].Href);
    }
}
