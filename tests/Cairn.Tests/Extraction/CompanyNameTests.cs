using Cairn.Extraction;

namespace Cairn.Tests.Extraction;

public sealed class CompanyNameTests
{
    [Theory]
    [InlineData("Initech", "Initech Systems")]
    [InlineData("Initech Systems", "Initech Systems Ltd")]
    [InlineData("Initech", "Initech Systems Ltd.")]
    [InlineData("initech", "Initech Inc.")]
    [InlineData("Fabrikam Group", "Fabrikam")]
    [InlineData("Contoso", "Contoso")]
    [InlineData("Fenwick", "Fenwick Grocers")]
    [InlineData("Northgate Partners", "Northgate")]
    public void A_name_and_the_same_name_with_suffix_words_are_one_company(string a, string b)
    {
        Assert.True(CompanyName.IsSameCompany(a, b));
        Assert.True(CompanyName.IsSameCompany(b, a));
    }

    [Theory]
    [InlineData("Northwind Traders", "Northwind Health")]
    [InlineData("Northwind", "Northwind Traders")]
    [InlineData("Initech", "Initrode Systems")]
    [InlineData("Systems", "Systems Inc")]
    [InlineData("Acme Systems", "Acme Labs")]
    public void A_word_that_is_no_suffix_or_a_different_suffix_makes_another_company(string a, string b)
    {
        Assert.False(CompanyName.IsSameCompany(a, b));
    }

    [Fact]
    public void The_fuller_name_is_the_one_with_more_words()
    {
        Assert.Equal("Initech Systems", CompanyName.Fuller("Initech", "Initech Systems"));
        Assert.Equal("Initech Systems", CompanyName.Fuller("Initech Systems", "Initech"));
    }
}
