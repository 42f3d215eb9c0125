using Cairn.Extraction;
using Cairn.Extraction.Llm;
using Cairn.Extraction.Offline;
using Cairn.Sources;
using Cairn.Tests.Fakes;
using static Cairn.Tests.Llm.LlmExtractorTests;

namespace Cairn.Tests.Llm;

/// <summary>
/// What a model says about people (role, company, duty, email) is kept only as the source states it, and written
/// as the offline extractor writes it (<see cref="PersonStatement"/>), so entity notes read it back the same way.
/// </summary>
public sealed class LlmPersonFactTests
{
    private static readonly SourceDocument Meeting = new(
        "2025-11-03 - Acme kickoff.vtt",
        "vtt",
        SourceKind.Transcript,
        "Acme kickoff",
        new DateOnly(2025, 11, 3),
        [new Participant("Priya Raman"), new Participant("Tom Becker"), new Participant("Dana Whitfield"), new Participant("Maria Chen"), new Participant("Jason Vallery")],
        [
            new Utterance("Priya Raman", TimeSpan.FromSeconds(2), "Morning everyone. Tom runs infrastructure for our training cluster, and Dana is our procurement lead."),
            new Utterance("Maria Chen", TimeSpan.FromSeconds(9), "I'm the CFO, and I own any budget over 200K."),
            new Utterance("Dana Whitfield", TimeSpan.FromSeconds(15), "Our CFO wants to compare the pricing side by side."),
            new Utterance("Jason Vallery", TimeSpan.FromSeconds(21), "I'll send both pricing models to Dana by Friday."),
        ]);

    private static readonly ExtractionContext Context = ExtractionContext.ForOwner("Jason Vallery");

    [Fact]
    public async Task Stated_roles_and_duties_are_the_peoples_facts_written_as_the_offline_extractor_writes_them()
    {
        var client = new ScriptedChatClient(Reply(people: [
            Person("Dana", "is our procurement lead", "Dana is our procurement lead"),
            Person("Tom Becker", "Tom Becker runs infrastructure for our training cluster.", "Tom runs infrastructure for our training cluster"),
            Person("Maria Chen", "is the CFO", "I'm the CFO"),
            Person("Maria Chen", "owns any budget over 200K", "I own any budget over 200K")]));

        var extract = await Extractor(client).ExtractAsync(Meeting, Context);

        Assert.Equal(
            [
                ("Dana Whitfield is the procurement lead at Acme.", "Dana Whitfield"),
                ("Tom Becker runs infrastructure for Acme's training cluster.", "Tom Becker"),
                ("Maria Chen is the CFO.", "Maria Chen"),
                ("Maria Chen owns any budget over 200K.", "Maria Chen"),
            ],
            extract.KeyFacts.Select(f => (f.Text, f.About!)));
        Assert.Equal(new PersonStatement.Role("procurement lead", "Acme"), PersonStatement.ReadRole(extract.KeyFacts[0].Text, "Dana Whitfield"));
        Assert.Equal(new Evidence("I'm the CFO", "Maria Chen", TimeSpan.FromSeconds(9)), extract.KeyFacts[2].Evidence);
        Assert.Equal(0, extract.Origin!.Dropped);

        // The offline extractor states the same lines from the same words.
        var offline = new HeuristicExtractor().Extract(Meeting, Context);
        Assert.Equal(extract.KeyFacts.Select(f => f.Text).Order(), offline.KeyFacts.Where(f => f.About is not null).Select(f => f.Text).Order());
    }

    [Fact]
    public async Task An_invented_role_is_dropped_and_counted()
    {
        var client = new ScriptedChatClient(Reply(people: [
            // Not in the quote.
            Person("Priya Raman", "is the CEO", "Morning everyone. Tom runs infrastructure"),
            // In the quote, but Dana speaks of "our CFO", not of herself.
            Person("Dana Whitfield", "is the CFO", "Our CFO wants to compare the pricing side by side"),
            // Dana's role, given to Tom: the quote neither names him nor is his.
            Person("Tom Becker", "is our procurement lead", "Dana is our procurement lead"),
            // A true role at an invented company.
            Person("Maria Chen", "is the CFO at Globex", "I'm the CFO"),
            // Two statements in one: a role is one title, or nothing.
            Person("Maria Chen", "is the CFO and owns any budget over 200K", "I'm the CFO, and I own any budget over 200K"),
            // A duty with a word nobody said.
            Person("Maria Chen", "owns the hiring budget", "I own any budget over 200K")]));

        var extract = await Extractor(client).ExtractAsync(Meeting, Context);

        Assert.DoesNotContain(extract.KeyFacts, f => f.About is not null);
        Assert.Equal(6, extract.Origin!.Dropped);
    }

    [Fact]
    public async Task A_person_not_in_the_meeting_is_dropped_and_counted()
    {
        var client = new ScriptedChatClient(Reply(people: [
            Person("Walter Skinner", "is the procurement lead", "Dana is our procurement lead"),
            Person("Dana", "is the procurement lead", "Dana is our procurement lead")]));

        var extract = await Extractor(client).ExtractAsync(Meeting, Context);

        var fact = Assert.Single(extract.KeyFacts);
        Assert.Equal("Dana Whitfield is the procurement lead.", fact.Text);
        Assert.Equal(1, extract.Origin!.Dropped);
    }

    [Fact]
    public async Task An_email_address_must_be_in_the_words_and_an_emails_headers_give_the_other_sides_addresses()
    {
        var email = new SourceDocument(
            "m.eml", "eml", SourceKind.Email, "Re: plan", new DateOnly(2025, 11, 3), [], [], null,
            new EmailParts(
                new Participant("Priya Raman", "priya.raman@acme.example"),
                [new Participant("Jason Vallery", "jason@cairn.example")],
                [new Participant("Marcus Lee", "marcus.lee@cairn.example"), new Participant("Omar Haddad", "omar@acme.example")],
                "Re: plan",
                "Thanks Jason. For billing questions write to me at priya.billing@acme.example from now on.",
                null,
                null));
        var client = new ScriptedChatClient(Reply(people: [
            Person("Priya Raman", "email is priya.billing@acme.example", "For billing questions write to me at priya.billing@acme.example"),
            Person("Priya Raman", "email is priya@acme.example", "For billing questions write to me at priya.billing@acme.example")]));

        var extract = await Extractor(client).ExtractAsync(email, Context);

        Assert.Equal(
            ["Priya Raman's email is priya.billing@acme.example.", "Priya Raman's email is priya.raman@acme.example.", "Omar Haddad's email is omar@acme.example."],
            extract.KeyFacts.Select(f => f.Text));
        Assert.Equal(1, extract.Origin!.Dropped);
    }

    private static LlmExtractor Extractor(ScriptedChatClient client) => new(client, new LlmExtractorOptions("openai-compatible", "test-model"), new HeuristicExtractor());

    internal static object Person(string name, string says, string quote) => new { name, says, quote };
}
