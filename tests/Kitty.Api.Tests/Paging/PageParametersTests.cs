using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Api.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Kitty.Api.Tests.Paging;

public sealed class PageParametersTests
{
    private static readonly string[] Sortable = ["name", "createdTime"];

    internal static IQueryCollection Query(string query) => new QueryCollection(QueryHelpers.ParseQuery(query));

    [Theory]
    [InlineData("", 0, 25)]
    [InlineData("?size=0", 0, 25)]
    [InlineData("?size=-3", 0, 25)]
    [InlineData("?size=abc", 0, 25)]
    [InlineData("?size=10", 0, 10)]
    [InlineData("?size=1000", 0, 100)]
    [InlineData("?page=2&size=5", 2, 5)]
    [InlineData("?page=-1", 0, 25)]
    [InlineData("?page=x", 0, 25)]
    public void Parse_PageAndSize_FollowSpringDefaults(string query, int number, int size)
    {
        var page = PageParameters.Parse(Query(query), Sortable);

        Assert.Equal(number, page.Number);
        Assert.Equal(size, page.Size);
        Assert.Empty(page.Sort);
    }

    [Fact]
    public void Parse_RepeatedSortKeys_KeepTheirOrderAndDirection()
    {
        var page = PageParameters.Parse(Query("?sort=name,asc&sort=createdTime,desc&sort=name"), Sortable);

        Assert.Equal([new SortOrder("name", false), new SortOrder("createdTime", true), new SortOrder("name", false)], page.Sort);
    }

    [Theory]
    [InlineData("?sort=password", "Cannot sort by 'password'")]
    [InlineData("?sort=name,sideways", "Bad sort")]
    [InlineData("?sort=name,asc,desc", "Bad sort")]
    public void Parse_BadSort_IsAValidationError(string query, string message)
    {
        var error = Assert.Throws<KittyException>(() => PageParameters.Parse(Query(query), Sortable));

        Assert.Equal(KittyError.ValidationError, error.Error);
        Assert.Contains(message, error.Message);
    }
}
