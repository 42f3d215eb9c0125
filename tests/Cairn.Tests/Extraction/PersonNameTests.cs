using Cairn.Extraction;

namespace Cairn.Tests.Extraction;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Marcus", "Marcus Lee", true)]
    [InlineData("marcus ", "Marcus  Lee", true)]
    [InlineData("Marcus", "Marcus", false)]
    [InlineData("Lee", "Marcus Lee", false)]
    [InlineData("Marc", "Marcus Lee", false)]
    public void A_first_name_is_the_first_word_of_a_longer_name(string first, string full, bool expected)
    {
        Assert.Equal(expected, PersonName.IsFirstNameOf(first, full));
        // Our side's colleagues follow the same rule.
        Assert.Equal(expected, new OurSide("Ann Owner", [full]).Includes(first) && !string.Equals(first.Trim(), full, StringComparison.OrdinalIgnoreCase));
    }
}
