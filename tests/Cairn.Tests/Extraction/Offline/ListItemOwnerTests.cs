using Cairn.Extraction;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// Minutes list who owns what as "Name: the thing", often a noun phrase with no verb, and the writer as "Me:"; the
/// same task may be told in the prose above and again in the list (#22, mechanisms read on held-out-4).
/// </summary>
public sealed class ListItemOwnerTests
{
    private static readonly KnownEntity[] Crew =
    [
        new("Marta Quist", EntityKind.Person, []), new("Obi Nwosu", EntityKind.Person, []),
    ];

    [Theory]
    [InlineData("- [ ] Marta: Scaffold permit renewal for Dock Road by Friday", "Marta Quist", "Scaffold permit renewal for Dock Road")]
    [InlineData("- [ ] Obi: Wexford clinic rota, draft to the partners", "Obi Nwosu", "Wexford clinic rota, draft to the partners")]
    [InlineData("- [ ] Me: ring the crane hire firm about the Tuesday slot", "Jason Vallery", "Ring the crane hire firm about the Tuesday slot")]
    public void A_checkbox_names_its_owner_before_a_noun_phrase_or_as_me(string line, string owner, string text)
    {
        var task = Assert.Single(Docs.Extract(Notes("## Next steps\n\n" + line + "\n"), "Jason Vallery", Crew).ActionItems);

        Assert.Equal(owner, task.Owner);
        Assert.StartsWith(text, task.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- [ ] Marta — book the caterer + pay the deposit (end of Jan)", "Marta Quist", "Book the caterer + pay the deposit")]
    [InlineData("- [ ] Obi – shortlist of auditors for the grant", "Obi Nwosu", "Shortlist of auditors for the grant")]
    [InlineData("- [ ] Me — ask the registrar about the exam dates", "Jason Vallery", "Ask the registrar about the exam dates")]
    [InlineData("- [ ] Obi - Wexford clinic rota, draft to the partners", "Obi Nwosu", "Wexford clinic rota, draft to the partners")]
    public void A_checkbox_names_its_owner_before_a_spaced_dash_as_before_a_colon(string line, string owner, string text)
    {
        var task = Assert.Single(Docs.Extract(Notes("## Next steps\n\n" + line + "\n"), "Jason Vallery", Crew).ActionItems);

        Assert.Equal(owner, task.Owner);
        Assert.Equal(text, task.Text);
    }

    [Theory]
    [InlineData("- [ ] Budget — check the grant totals", "Budget — check the grant totals")]
    [InlineData("- [ ] Follow-up with the registrar", "Follow-up with the registrar")]
    public void A_dash_after_a_word_that_names_nobody_or_inside_a_word_names_no_owner(string line, string text)
    {
        var task = Assert.Single(Docs.Extract(Notes("## Next steps\n\n" + line + "\n"), "Jason Vallery", Crew).ActionItems);

        Assert.Null(task.Owner);
        Assert.Equal(text, task.Text);
    }

    [Fact]
    public void A_plain_bullet_that_names_someone_before_a_dash_and_a_noun_phrase_is_a_note_about_them()
    {
        var e = Docs.Extract(Notes("## Rota\n\n- Marta — Harbour Street clinic reopened on Monday.\n"), "Jason Vallery", Crew);

        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void A_plain_bullet_that_opens_with_a_name_and_a_noun_phrase_is_a_note_about_it()
    {
        var e = Docs.Extract(Notes("## Accounts\n\n- Marta: Dock Road scaffold came down on Monday.\n"), "Jason Vallery", Crew);

        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void A_list_item_that_restates_a_task_of_the_prose_with_the_same_owner_and_date_is_one_task_in_the_list_words()
    {
        var text = "## Site\n\nMarta will get it back to the council by the 20th; she needs the surveyor for the levels.\n\n"
            + "## Next steps\n\n- [ ] Marta: Dock Road drainage consent back by the 20th\n";

        var task = Assert.Single(Docs.Extract(Notes(text), "Jason Vallery", Crew).ActionItems);

        Assert.Equal("Marta Quist", task.Owner);
        Assert.Contains("drainage consent", task.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_with_another_date_is_another_task()
    {
        var text = "## Site\n\nMarta will send the levels to the surveyor by the 20th.\n\n"
            + "## Next steps\n\n- [ ] Marta: surveyor invoice query by the 27th\n";

        Assert.Equal(2, Docs.Extract(Notes(text), "Jason Vallery", Crew).ActionItems.Count);
    }

    private static SourceDocument Notes(string text) =>
        new("n.md", "md", SourceKind.Notes, "Site meeting", Docs.Date, [], [], text);
}
