using Cairn.Extraction;
using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// A name's letters are any letters: companies and people such as Ørsted, Škoda, Équipe Lumière or Søren are
/// found by the same rules as Contoso and Dana. Each rule file that reads a name has its case here.
/// </summary>
public sealed class NamesBeyondAsciiTests
{
    [Theory]
    [InlineData("Ørsted runs four wind farms off the coast.", "Ørsted")]
    [InlineData("Our pilot is with Škoda Group this quarter.", "Škoda Group")]
    [InlineData("Hannah worked at Équipe Lumière before she joined.", "Équipe Lumière")]
    [InlineData("We looked at Ärzteversorgung's cluster last week.", "Ärzteversorgung")]
    public void Company_rules_take_a_name_that_begins_beyond_ascii(string said, string company)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Thanks for joining."), ("Priya Shah", said), ("Jason Vallery", "Understood.")));

        Assert.Contains(e.Entities, x => x.Kind == EntityKind.Company && x.Name == company);
    }

    [Fact]
    public void A_title_word_beyond_ascii_names_the_account()
    {
        var e = Docs.Extract(Docs.Titled("Ørsted storage renewal", ("Jason Vallery", "Thanks for joining."), ("Priya Shah", "Glad to.")));

        Assert.Equal("Ørsted", e.Account);
    }

    [Fact]
    public void A_role_fact_names_a_person_beyond_ascii() =>
        Assert.True(FactRules.IsFact("Søren leads the data platform team."));

    [Theory]
    [InlineData("- [ ] Søren: send the signed order form", "Søren Holm")]
    [InlineData("- [ ] Send the signed order form (Åsa)", "Åsa Berg")]
    public void A_list_item_names_its_owner_beyond_ascii(string line, string owner)
    {
        var notes = new Cairn.Sources.SourceDocument("n.md", "md", Cairn.Sources.SourceKind.Notes, "Notes", Docs.Date, [], [], "Action items\n\n" + line + "\n");

        var task = Assert.Single(Docs.Extract(notes, "Jason Vallery", new KnownEntity("Søren Holm", EntityKind.Person, []), new KnownEntity("Åsa Berg", EntityKind.Person, [])).ActionItems);

        Assert.Equal(owner, task.Owner);
    }

    [Fact]
    public void A_greeting_to_a_name_beyond_ascii_is_a_greeting() =>
        Assert.Equal("Åsa", EmailBody.GreetingName("Hi Åsa,\n\nThe order form is attached.\n"));

    [Fact]
    public void A_label_line_beyond_ascii_is_a_heading_not_a_sentence()
    {
        var blocks = NoteBody.Blocks("Østergaard:\nThe pilot starts in March.").ToList();

        Assert.Equal("The pilot starts in March.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void A_speaker_says_their_company_beyond_ascii()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Thanks for joining, Dana."), ("Dana Whitfield", "I'm the procurement lead at Ørsted."), ("Jason Vallery", "Understood.")));

        Assert.Contains("Dana Whitfield is the procurement lead at Ørsted.", e.KeyFacts.Select(f => f.Text));
    }
}
