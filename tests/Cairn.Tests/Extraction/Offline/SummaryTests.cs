using Cairn.Extraction;
using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

public sealed class SummaryTests
{
    [Fact]
    public void The_opening_names_the_meeting_the_account_and_the_people_besides_the_owner() =>
        Assert.Equal(
            "Storage renewal kickoff with Fabrikam (Hannah Okafor, Luis Romero).",
            SummaryOpening.Make("Fabrikam storage renewal kickoff", MeetingType.Customer, "Fabrikam", ["Jason Vallery", "Hannah Okafor", "Luis Romero"], new OurSide("Jason Vallery", [])));

    [Fact]
    public void An_internal_meeting_has_no_with_and_a_named_one_on_one_lists_nobody_twice()
    {
        Assert.Equal("Cloud team weekly (Maria Gonzalez).", SummaryOpening.Make("Cloud team weekly", MeetingType.Internal, null, ["Maria Gonzalez", "Jason Vallery"], new OurSide("Jason Vallery", [])));
        Assert.Equal("1:1 with Marcus.", SummaryOpening.Make("1:1 with Marcus", MeetingType.OneOnOne, "Marcus Lee", ["Jason Vallery", "Marcus Lee"], new OurSide("Jason Vallery", [])));
    }

    [Fact]
    public void An_id_shaped_title_gives_way_to_the_meeting_type_and_long_lists_are_cut()
    {
        var opening = SummaryOpening.Make("ami-ES2005a", MeetingType.Internal, null, ["A", "B", "C", "D", "E", "F"], new OurSide("Myself", []));
        Assert.Equal("Meeting (A, B, C and 3 others).", opening);
    }

    [Fact]
    public void A_short_meeting_reads_opening_then_content_then_the_decision_never_small_talk_or_questions()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Okafor", "Thanks for joining. Our NetApp contract ends in March and we are not going to renew it as is."),
            ("Jason Vallery", "Understood. What matters most for the replacement of the storage?"),
            ("Hannah Okafor", "Checkpoint time. Today a full checkpoint of our 900-node cluster takes eighteen minutes."),
            ("Jason Vallery", "That's great to hear, thanks for the detail on that."),
            ("Hannah Okafor", "We decided to run a four-week pilot starting in December.")));
        var sentences = SentenceSplitter.SplitText(e.Summary).ToList();
        Assert.Equal("Sync (Hannah Okafor).", sentences[0]);
        Assert.InRange(sentences.Count, 3, 4);
        Assert.Equal("We decided to run a four-week pilot starting in December.", sentences[^1]);
        Assert.DoesNotContain(sentences, s => s.EndsWith('?') || s.Contains("Thanks", StringComparison.Ordinal) || s.Contains("great to hear", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_sentence_after_the_opening_is_the_sources_own()
    {
        var doc = Docs.Transcript(
            ("Lena Park", "Hi all, this is the onboarding review for the Contoso rollout."),
            ("Lena Park", "We have 340 users migrated so far, out of roughly 1,200 in total."),
            ("Omar Haddad", "The finance team is the concern. Their legacy share uses a custom ACL format that breaks the migration tool."),
            ("Lena Park", "Also, we're pushing the finance cutover from November to January because of the year-end close."));
        var e = Docs.Extract(doc);
        var source = string.Join(' ', doc.Utterances.Select(u => u.Text));
        foreach (var s in SentenceSplitter.SplitText(e.Summary).Skip(1))
        {
            Assert.Contains(s.TrimEnd('.'), source, StringComparison.OrdinalIgnoreCase);
        }
    }
}
