using Kitty.Abstractions.Errors;
using Kitty.Abstractions.Paging;
using Kitty.Api.Paging;

namespace Kitty.Api.Tests.Paging;

public sealed class CursorParametersTests
{
    [Fact]
    public void Parse_NoParameters_IsTheNewestPage()
    {
        var cursor = CursorParameters.Parse(PageParametersTests.Query(""));

        Assert.Equal(new CursorRequest(25, null, null, CursorRelation.SELF), cursor);
    }

    [Fact]
    public void Parse_AllParameters()
    {
        var cursor = CursorParameters.Parse(PageParametersTests.Query("?size=5&start=333582423138781125&next=327180758840001251&relation=NEXT"));

        Assert.Equal(new CursorRequest(5, 333582423138781125, 327180758840001251, CursorRelation.NEXT), cursor);
    }

    [Theory]
    [InlineData("?size=0", 25)]
    [InlineData("?size=500", 100)]
    public void Parse_Size_IsDefaultedAndCapped(string query, int size) =>
        Assert.Equal(size, CursorParameters.Parse(PageParametersTests.Query(query)).Size);

    [Theory]
    [InlineData("?start=abc", "'start'")]
    [InlineData("?next=1.5", "'next'")]
    [InlineData("?relation=SIDEWAYS", "'relation'")]
    [InlineData("?relation=1", "'relation'")]
    public void Parse_BadCursor_IsAValidationError(string query, string field)
    {
        var error = Assert.Throws<KittyException>(() => CursorParameters.Parse(PageParametersTests.Query(query)));

        Assert.Equal(KittyError.ValidationError, error.Error);
        Assert.Contains(field, error.Message);
    }
}
