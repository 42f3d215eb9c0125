using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;
using Cairn.Tests.Extraction.Offline;

namespace Cairn.Tests.Sources;

/// <summary>
/// The email rules have one owner each in Sources (reply prefixes: EmailSubject; quote and sign-off: EmailBodySplitter),
/// so the reader, the offline extractor's titles and paragraphs, and the recap-title rule cannot disagree.
/// </summary>
public sealed class EmailRulesTests
{
    public static TheoryData<string> Prefixes() => new(EmailSubject.ReplyPrefixes.SelectMany(p => new[] { p, p.ToUpperInvariant() }));

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Every_reply_prefix_the_reader_strips_every_title_rule_strips(string prefix)
    {
        var subject = $"{prefix}: Storage budget review";

        Assert.Equal("Storage budget review", Read.Text("m.eml", $"From: Ana <ana@acme.example>\nSubject: {subject}\n\nOk.").Title);
        Assert.Equal("Storage budget review", RecapTitle.MeetingOf(subject));
        Assert.Equal("Storage budget review", TitleMaker.Make(subject, null, [], []));
    }

    [Theory]
    [InlineData("Thx")]
    [InlineData("Best wishes,")]
    [InlineData("Cheers!")]
    [InlineData("Sent from my iPhone")]
    public void A_sign_off_the_reader_knows_ends_the_text_the_extractor_reads(string signOff)
    {
        var body = $"Please send the deck by Friday.\n\n{signOff}\nJason";

        Assert.Equal("Please send the deck by Friday.", EmailBodySplitter.Split(body).NewText);
        Assert.Equal("Please send the deck by Friday.", EmailBody.OwnText(body).Trim());
        Assert.Equal("Please send the deck by Friday.", EmailBody.OwnText($"Please send the deck by Friday.\n{signOff}\nAlso: the old pricing from last year, the long version, with every table.").Trim());
    }

    [Fact]
    public void A_quote_header_wrapped_over_two_lines_is_no_paragraph()
    {
        var body = "Yes, Tuesday works.\n\nOn Mon, Feb 3, 2025 at 9:00 AM Ben Ode <\nben@acme.example> wrote:\n> Can you do Tuesday?";

        Assert.Equal("Yes, Tuesday works.", EmailBody.OwnText(body).Trim());
    }

    [Fact]
    public void A_company_suffix_names_a_company_in_a_title_as_in_a_sentence()
    {
        var e = Docs.Extract(Docs.Titled(
            "Tailspin Capital storage review",
            ("Hannah Okafor", "Our current contract ends in March."),
            ("Jason Vallery", "Understood. What matters most?"),
            ("Hannah Okafor", "We also talked to Northwind Ventures about their cluster.")));

        Assert.Equal("Tailspin Capital", e.Account);
        Assert.Contains(e.Entities, x => x.Name == "Northwind Ventures" && x.Kind == EntityKind.Company);
    }
}
