using Cairn.Queries;

namespace Cairn.Tests.Queries;

public sealed class QuestionDatesTests
{
    // A Monday.
    private static readonly DateOnly Today = new(2025, 11, 24);

    [Theory]
    [InlineData("What did we discuss last week?", "2025-11-17", "2025-11-23")]
    [InlineData("what happened this week", "2025-11-24", "2025-11-24")]
    [InlineData("What did Fabrikam say in November?", "2025-11-01", "2025-11-30")]
    [InlineData("What did we decide in December?", "2024-12-01", "2024-12-31")]
    [InlineData("What changed since October?", "2025-10-01", null)]
    [InlineData("What changed since November 11?", "2025-11-11", null)]
    [InlineData("anything before March 3, 2025", null, "2025-03-02")]
    [InlineData("decisions until 2025-06-30", null, "2025-06-30")]
    [InlineData("what did we discuss last month", "2025-10-01", "2025-10-31")]
    [InlineData("what was said in the last 10 days", "2025-11-14", "2025-11-24")]
    [InlineData("meetings in 2024", "2024-01-01", "2024-12-31")]
    [InlineData("what happened yesterday", "2025-11-23", "2025-11-23")]
    public void Relative_days_are_read_against_today(string question, string? since, string? until)
    {
        var (from, to, _) = QuestionDates.Read(question, Today);

        Assert.Equal(since, from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(until, to?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("May I see the marketplace pricing?")]
    [InlineData("What did we decide about the March pilot")]
    [InlineData("Who owns sync 00123 and 400 GPUs")]
    [InlineData("in Smarch")]
    [InlineData("since February 30")]
    [InlineData("")]
    public void Words_that_only_look_like_dates_name_no_days(string question)
    {
        var (from, to, words) = QuestionDates.Read(question, Today);

        Assert.Null(from);
        Assert.Null(to);
        Assert.Empty(words);
    }
}
