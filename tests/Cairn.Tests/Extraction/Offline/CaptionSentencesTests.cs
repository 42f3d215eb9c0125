using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// Automatic captions come in lower case with almost no punctuation and one speaker's cues joined into one turn: the
/// turn is cut where a new clause starts, so the rules read sentences, not a hundred words at once.
/// </summary>
public sealed class CaptionSentencesTests
{
    private static readonly IReadOnlyDictionary<string, string> Names = CaptionSentences.NameWords(["Priya Nair", "Tomás Ortega", "Ana Ruiz"]);

    [Fact]
    public void A_caption_turn_is_cut_at_openers_subjects_and_questions_put_to_someone()
    {
        var text = "ok thanks everyone so the budget is approved for march i'll send the invoice to finance tomorrow priya can you check the numbers against the ledger";

        Assert.Equal(
            ["Ok thanks everyone.", "So the budget is approved for march.", "I'll send the invoice to finance tomorrow.", "Priya, can you check the numbers against the ledger?"],
            CaptionSentences.Split(text, Names));
    }

    [Theory]
    [InlineData("i think i'll book the room for thursday", "I think I'll book the room for thursday.")]
    [InlineData("we need it so that we can ship on time", "We need it so that we can ship on time.")]
    [InlineData("the board will say yes to the offer", "The board will say yes to the offer.")]
    [InlineData("send it to the people who we met last week", "Send it to the people who we met last week.")]
    [InlineData("what can you tell me about the pilot", "What can you tell me about the pilot.")]
    public void A_word_that_binds_what_follows_keeps_one_sentence(string text, string sentence)
    {
        Assert.Equal([sentence], CaptionSentences.Split(text, Names));
    }

    [Fact]
    public void A_conjunction_goes_with_the_clause_it_opens()
    {
        Assert.Equal(
            ["The vendor signed on monday.", "And we'll start the rollout next week."],
            CaptionSentences.Split("the vendor signed on monday and we'll start the rollout next week", Names));
    }

    [Fact]
    public void A_hesitation_before_a_subject_or_an_article_restarts_the_talk()
    {
        Assert.Equal(
            ["Sure will do.", "Um the auditor is in on thursday anyway."],
            CaptionSentences.Split("sure will do um the auditor is in on thursday anyway", Names));
        Assert.Equal(["Send the um the report to legal."], CaptionSentences.Split("send the um the report to legal", Names));
        Assert.Equal(["I'll um send it over."], CaptionSentences.Split("i'll um send it over", Names));
    }

    [Theory]
    [InlineData("so we move the launch to the twentieth everyone ok", "So we move the launch to the twentieth, everyone ok?")]
    [InlineData("then we keep the old supplier for march ok", "Then we keep the old supplier for march, ok?")]
    [InlineData("that was the last item thanks all", "Thanks all.")]
    [InlineData("it turned out ok", "It turned out ok.")]
    public void A_turn_that_ends_on_a_tag_asks_for_a_yes(string text, string sentence)
    {
        Assert.Equal(sentence, CaptionSentences.Split(text, Names).Last());
    }

    [Fact]
    public void Participants_names_and_i_get_their_capitals()
    {
        Assert.Equal(["Tomás and I will draft it with Ana."], CaptionSentences.Split("tomás and i will draft it with ana", Names));
    }

    [Fact]
    public void Punctuated_talk_is_not_captions()
    {
        var turns = Docs.Transcript(
            ("Ana Ruiz", "Okay, thanks everyone. So the budget is approved for March, and that means we can order the laptops now that finance has signed the request."),
            ("Priya Nair", "Great. I'll send the invoice to finance tomorrow, and I'll copy you in so you can check it against the ledger before it goes out."),
            ("Ana Ruiz", "Perfect. Tomás, can you check the numbers against the ledger before Friday? The auditors come on Monday."));

        Assert.False(CaptionSentences.AreUnpunctuated(turns.Utterances));
        Assert.Equal(7, SentenceSplitter.Split(turns).Count);
    }

    [Fact]
    public void A_caption_transcript_gives_the_task_in_the_middle_of_a_turn_to_its_speaker()
    {
        var captions = Docs.Transcript(
            ("Ana Ruiz", "ok morning everyone so quick one today the audit went fine there were two findings both minor the first one is the access review which was late by a week the second one is the backup test"),
            ("Priya Nair", "yeah thanks so on the access review that was my team we had two people out i'll send the evidence pack to the auditors by friday and the backup test is booked for the twentieth"),
            ("Ana Ruiz", "great tomás can you book the room for the retro and that's everything from me"),
            ("Tomás Ortega", "yep will do"));

        Assert.True(CaptionSentences.AreUnpunctuated(captions.Utterances));
        var e = Docs.Extract(captions);
        Assert.Contains(e.ActionItems, a => a.Text.StartsWith("Send the evidence pack to the auditors", StringComparison.Ordinal) && a.Owner == "Priya Nair");
        Assert.Contains(e.ActionItems, a => a.Text.StartsWith("Book the room for the retro", StringComparison.Ordinal) && a.Owner == "Tomás Ortega");
    }
}
