using Cairn.Sources;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Sources;

/// <summary>The three sample sources read with the dates, titles and participants samples/expected.json gives.</summary>
public sealed class SampleInboxTests
{
    [Fact]
    public void Otter_style_text_with_header_block()
    {
        var doc = Read("2025-11-12 - Northwind Robotics storage POC kickoff.txt");

        Assert.Equal(SourceKind.Transcript, doc.Kind);
        Assert.Equal("Northwind Robotics storage POC kickoff", doc.Title);
        Assert.Equal(new DateOnly(2025, 11, 12), doc.Date);
        Assert.Equal(["Priya Raman", "Tom Becker", "Dana Whitfield", "Jason Vallery"], doc.Participants.Select(p => p.Name));
        Assert.Equal(new Utterance("Priya Raman", TimeSpan.FromSeconds(2), "Morning everyone. Thanks for joining. Tom runs infrastructure for our training cluster, and Dana is our procurement lead."), doc.Utterances[0]);
        Assert.Equal("Great. Thanks all.", doc.Utterances[^1].Text);
    }

    [Fact]
    public void Teams_vtt_takes_title_and_date_from_the_file_name()
    {
        var doc = Read("2025-11-14 - Weekly cloud marketplace sync.vtt");

        Assert.Equal("Weekly cloud marketplace sync", doc.Title);
        Assert.Equal(new DateOnly(2025, 11, 14), doc.Date);
        Assert.Equal(["Alex Chen", "Maria Gonzalez", "Sam O'Neill"], doc.Participants.Select(p => p.Name));
        Assert.Contains(doc.Utterances, u => u.Speaker == "Maria Gonzalez" && u.Text.Contains("pipeline summary by Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void Email_splits_new_text_from_signature_and_quote()
    {
        var doc = Read("2025-11-18 - Re Contoso FRD review.eml");

        Assert.Equal(SourceKind.Email, doc.Kind);
        Assert.Equal("Contoso FRD review", doc.Title);
        Assert.Equal(new DateOnly(2025, 11, 18), doc.Date);
        Assert.Equal(
            [new Participant("Lena Park", "lena.park@contoso.example"), new Participant("Jason Vallery", "jason.vallery@example.com"), new Participant("Omar Haddad", "omar.haddad@contoso.example")],
            doc.Participants);
        var email = doc.Email!;
        Assert.Equal("Re: Contoso FRD review", email.Subject);
        Assert.StartsWith("Hi Jason,", email.NewText, StringComparison.Ordinal);
        Assert.EndsWith("Omar will send you the SIEM log format spec this week.", email.NewText, StringComparison.Ordinal);
        Assert.Equal("Best,\nLena", email.Signature);
        Assert.StartsWith("On Mon, 17 Nov 2025 at 16:02", email.QuotedText, StringComparison.Ordinal);
        Assert.Contains("> Let me know what is missing.", email.QuotedText, StringComparison.Ordinal);
    }

    private static SourceDocument Read(string name)
    {
        var result = SourceReader.ReadFile(TestDataFolder.Path("samples", "inbox", name));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Document!;
    }
}
