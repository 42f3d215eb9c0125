using Cairn.Extraction;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>A meeting's topics are the subjects it kept coming back to, not names and not words heard only inside other phrases.</summary>
public sealed class TopicTests
{
    [Fact]
    public void A_word_heard_only_inside_other_phrases_is_no_topic_and_one_said_on_its_own_is()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Sam O'Neill", "I'll update the region list."),
            ("Maria Gonzalez", "Keep the direct list price."),
            ("Sam O'Neill", "The pilot starts on Monday."),
            ("Maria Gonzalez", "Then the pilot needs racks.")));

        Assert.Contains("pilot", e.Topics);
        Assert.DoesNotContain("list", e.Topics);
    }

    [Fact]
    public void A_word_that_leads_each_phrase_it_is_in_is_their_subject()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Okafor", "We need the security review done before any pilot."),
            ("Luis Romero", "I'll send the security questionnaire by Friday.")));

        Assert.Contains("security", e.Topics);
    }

    [Fact]
    public void A_name_with_letters_beyond_ascii_is_one_word_and_no_topic()
    {
        // "José" was read as "Jos", which no known name matched, so a participant's name became a topic.
        var e = Docs.Extract(Docs.Transcript(
            ("José Núñez", "José here: the renewal needs the DPA first."),
            ("Hannah Weiss", "Thanks José, I'll send the DPA to José at the Malmö office tomorrow."),
            ("José Núñez", "Good, José can then sign the renewal in Malmö.")));

        Assert.DoesNotContain(e.Topics, t => t.Contains("Jos", StringComparison.Ordinal));
        Assert.Contains("Malmö", e.Topics);
    }

    [Fact]
    public void A_name_said_inside_a_sentence_keeps_its_capital()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Okafor", "We decided the pilot starts on December 1 in the Frankfurt data center."),
            ("Luis Romero", "I'll book the rack space in Frankfurt next week.")));

        Assert.Contains("Frankfurt", e.Topics);
    }

    [Fact]
    public void A_phrase_keeps_capitals_only_where_every_word_was_said_capitalised()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Ann Lee", "The Health board funds it."),
            ("Bob Ray", "Funding for mental health is the priority."),
            ("Ann Lee", "So mental health comes first.")));

        Assert.Contains("mental health", e.Topics);
    }

    [Fact]
    public void A_name_the_vault_knows_is_no_topic()
    {
        var e = Docs.Extract(
            Docs.Transcript(("Jason Vallery", "The Fabrikam pilot is on track."), ("Marcus Lee", "The Fabrikam pilot review is in January.")),
            "Jason Vallery",
            new KnownEntity("Fabrikam", EntityKind.Company, []));

        Assert.DoesNotContain(e.Topics, t => t.Contains("fabrikam", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("pilot", e.Topics);
    }

    [Fact]
    public void The_title_says_what_the_meeting_was_about()
    {
        var e = Docs.Extract(Docs.Titled("Re: Fabrikam pricing", ("Hannah Okafor", "Consumption pricing works for us if the floor stays under 1 petabyte.")));

        Assert.Contains("pricing", e.Topics);
    }

    [Fact]
    public void Words_that_only_name_a_kind_of_meeting_are_no_topic()
    {
        var e = Docs.Extract(Docs.Titled("Contoso intro call",
            ("Lena Park", "Contoso runs 400 GPUs for inference today."),
            ("Lena Park", "I'll set up a call with our platform team about inference.")));

        Assert.DoesNotContain("call", e.Topics);
        Assert.Contains("inference", e.Topics);
    }

    [Fact]
    public void Amounts_and_units_of_time_are_no_topic()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Tom Becker", "A full checkpoint takes eleven minutes today."),
            ("Tom Becker", "Under two minutes for a full checkpoint, and the POC runs three weeks."),
            ("Priya Raman", "Three weeks is fine, and five minutes is the limit.")));

        Assert.DoesNotContain(e.Topics, t => t.Contains("minutes", StringComparison.Ordinal) || t.Contains("weeks", StringComparison.Ordinal) || t == "three");
        Assert.Contains("full checkpoint", e.Topics);
    }

    [Fact]
    public void A_word_that_says_who_how_or_when_is_no_topic_on_its_own()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "I want to share where the team is with the Initech rollout."),
            ("Hugo Lambert", "The team finished the share migration, and I'll share the runbook with the team."),
            ("Jason Vallery", "Good. The team should review the share migration before the rollout on Thursday."),
            ("Hugo Lambert", "Nora runs the SSO call on Thursday.")));

        Assert.DoesNotContain("team", e.Topics);
        Assert.DoesNotContain("share", e.Topics);
        Assert.DoesNotContain("Thursday", e.Topics);
        Assert.Contains("share migration", e.Topics);
    }
}
