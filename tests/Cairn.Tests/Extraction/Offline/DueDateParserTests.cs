using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

public sealed class DueDateParserTests
{
    private static readonly DateOnly Wednesday = new(2025, 11, 12);

    [Theory]
    [InlineData("send it by Friday", "2025-11-14")]
    [InlineData("send it by Wednesday", "2025-11-19")]
    [InlineData("send it next Monday", "2025-11-17")]
    [InlineData("send it tomorrow", "2025-11-13")]
    [InlineData("send it today", "2025-11-12")]
    [InlineData("send it by EOD", "2025-11-12")]
    [InlineData("send it this week", "2025-11-14")]
    [InlineData("send it next week", "2025-11-21")]
    [InlineData("send it by the end of the month", "2025-11-30")]
    [InlineData("send it by end of January", "2026-01-31")]
    [InlineData("send it by December 5", "2025-12-05")]
    [InlineData("send it by Dec 5th", "2025-12-05")]
    [InlineData("send it by the 5th of December", "2025-12-05")]
    [InlineData("send it in two weeks", "2025-11-26")]
    [InlineData("send it on 2026-02-03", "2026-02-03")]
    [InlineData("draft the FAQ by the 21st", "2025-11-21")]
    [InlineData("draft the FAQ by the 3rd", "2025-12-03")]
    [InlineData("draft the FAQ by the 21st of November", "2025-11-21")]
    [InlineData("Yes, I'll share it Wednesday.", "2025-11-19")]
    [InlineData("I'll send it Friday", "2025-11-14")]
    [InlineData("I'll have the draft to you Monday.", "2025-11-17")]
    [InlineData("I'll send it this Friday, if that works", "2025-11-14")]
    [InlineData("I'll book the room Thursday and send the invite", "2025-11-13")]
    [InlineData("I'll call them Tuesday morning.", "2025-11-18")]
    public void Resolves_against_the_meeting_date(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDateParser.Parse(text, Wednesday));
    }

    [Theory]
    [InlineData("send it when you can")]
    [InlineData("we have about 2,400 GPUs")]
    [InlineData("send it by February 30")]
    [InlineData("I'll update Wednesday's meeting notes")]
    [InlineData("I'll prepare the Wednesday sync.")]
    [InlineData("I'll fix what broke since Monday.")]
    [InlineData("I'll resend the file you sent last Friday.")]
    [InlineData("I'll send the report every Monday.")]
    [InlineData("I'll go through what we discussed Monday.")]
    [InlineData("the pilot runs for three weeks starting Monday")]
    public void No_phrase_no_date(string text)
    {
        Assert.Null(DueDateParser.Parse(text, Wednesday));
    }
}
