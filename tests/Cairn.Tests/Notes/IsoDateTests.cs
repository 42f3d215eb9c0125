using System.Globalization;
using Cairn.Notes;

namespace Cairn.Tests.Notes;

/// <summary>The hand-read <c>yyyy-MM-dd</c> answers as <c>DateOnly.TryParseExact</c> does.</summary>
public sealed class IsoDateTests
{
    /// <summary>Every month and day from 00 to 99 in years at the edges: year 0, leap and non-leap centuries, 9999.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1900)]
    [InlineData(2000)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(9999)]
    public void Agrees_with_the_format_parser_on_every_month_and_day(int year)
    {
        for (var month = 0; month < 100; month++)
        {
            for (var day = 0; day < 100; day++)
            {
                AssertAgrees($"{year:0000}-{month:00}-{day:00}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-1-05")]
    [InlineData("2024-01-5")]
    [InlineData("24-01-05")]
    [InlineData(" 2024-01-05")]
    [InlineData("2024-01-05 ")]
    [InlineData("2024/01/05")]
    [InlineData("2024-01-05T00")]
    [InlineData("２０２４-01-05")]
    [InlineData("+2024-01-05")]
    public void Agrees_with_the_format_parser_off_the_usual_shape(string text) => AssertAgrees(text);

    private static void AssertAgrees(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);
        var actual = IsoDate.TryParse(text, out var actualDate);
        Assert.True(expected == actual, text);
        Assert.Equal(expectedDate, actualDate);
    }
}
