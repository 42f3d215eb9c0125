using Cairn.Commit;
using Cairn.Planning;

namespace Cairn.Tests.Commit;

public sealed class CommitterTests
{
    [Fact]
    public void Creates_notes_archives_the_source_and_skips_it_the_second_time()
    {
        using var vault = new CommitFixture();
        var change = vault.Source("call.vtt", "We agreed.");
        var outcome = Assert.Single(vault.Committer().Commit([change]));

        Assert.Equal(SourceStatus.Created, outcome.Status);
        Assert.Equal(CommitFixture.Archive + "call.vtt", outcome.MovedTo);
        Assert.False(vault.Exists("Inbox/call.vtt"));
        Assert.Equal("We agreed.", vault.Read(CommitFixture.Archive + "call.vtt"));
        Assert.Equal(change.Notes[0].Content, vault.Read("Meetings/call.md"));
        var before = vault.Snapshot();

        var again = Assert.Single(vault.Committer().Commit([change]));
        Assert.Equal(SourceStatus.Skipped, again.Status);
        Assert.Equal(before, vault.Snapshot());
    }

    [Fact]
    public void An_update_keeps_what_the_person_did_and_adds_what_is_new()
    {
        using var vault = new CommitFixture();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        var person = "People/Jane Doe.md";
        File.WriteAllText(vault.Paths.Resolve(person), vault.Read(person).Replace("- [ ] Follow up", "- [x] Follow up") + "My own line.\n");

        var second = vault.Source("two.vtt", "Second.", personContent: CommitFixture.Person("Jane Doe", "two.vtt", "one.vtt"));
        var outcome = vault.Committer().Commit([second with { Notes = [second.Notes[0], second.Notes[1] with { Kind = NoteChangeKind.Update }] }])[0];

        Assert.Equal(SourceStatus.Created, outcome.Status);
        var text = vault.Read(person);
        Assert.Contains("- [x] Follow up", text);
        Assert.Contains("My own line.", text);
        Assert.Contains("[[two]]", text);
        Assert.Contains("[[one]]", text);
        using var state = vault.State();
        Assert.Equal(second.Notes[1].Content, state.Ledger(person));
    }

    [Fact]
    public void A_meeting_note_cairn_never_wrote_is_kept_and_offered_a_suggestion()
    {
        using var vault = new CommitFixture();
        Directory.CreateDirectory(vault.Paths.Resolve("Meetings"));
        File.WriteAllText(vault.Paths.Resolve("Meetings/call.md"), "# Call\n\nMy notes.\n");
        var outcome = vault.Committer().Commit([vault.Source("call.vtt", "Hi.")])[0];
        var text = vault.Read("Meetings/call.md");
        Assert.StartsWith("# Call\n\nMy notes.\n\n> [!cairn] Cairn suggests\n> ---\n", text);
        Assert.Equal(1, outcome.Suggestions);
    }

    [Fact]
    public void A_person_note_cairn_never_wrote_is_joined_keeping_every_line_of_it()
    {
        using var vault = new CommitFixture();
        File.WriteAllText(vault.Paths.Resolve("People/Jane Doe.md"), "# Jane\n\nMy notes.\n");
        var outcome = vault.Committer().Commit([vault.Source("call.vtt", "Hi.")])[0];
        var text = vault.Read("People/Jane Doe.md");
        Assert.StartsWith("---\ntype: person\n---\n# Jane\n\nMy notes.\n", text);
        Assert.DoesNotContain("[!cairn]", text);
        Assert.Equal(0, outcome.Suggestions);
    }

    [Fact]
    public void A_taken_archive_name_gets_a_number_and_the_note_links_to_it()
    {
        using var vault = new CommitFixture();
        Directory.CreateDirectory(vault.Paths.Resolve(CommitFixture.Archive.TrimEnd('/')));
        File.WriteAllText(vault.Paths.Resolve(CommitFixture.Archive + "call.vtt"), "older call");
        var outcome = vault.Committer().Commit([vault.Source("call.vtt", "New call.")])[0];
        Assert.Equal(CommitFixture.Archive + "call (2).vtt", outcome.MovedTo);
        Assert.Equal("older call", vault.Read(CommitFixture.Archive + "call.vtt"));
        Assert.Contains($"[[{CommitFixture.Archive}call (2).vtt]]", vault.Read("Meetings/call.md"));
    }

    [Fact]
    public void A_source_that_fails_is_rolled_back_and_the_next_one_still_lands()
    {
        using var vault = new CommitFixture();
        var bad = vault.Source("bad.vtt", "Bad.");
        bad = bad with { Notes = [bad.Notes[0], new NoteChange("../../escape.md", "x", NoteChangeKind.Create)] };
        var good = vault.Source("good.vtt", "Good.", person: "Ann Lee");
        var before = vault.Snapshot();

        var outcomes = vault.Committer().Commit([bad, good]);

        Assert.Equal(SourceStatus.Failed, outcomes[0].Status);
        Assert.Contains("refusing path", outcomes[0].Error);
        Assert.True(vault.Exists("Inbox/bad.vtt"));
        Assert.False(vault.Exists("Meetings/bad.md"));
        Assert.Equal(SourceStatus.Created, outcomes[1].Status);
        Assert.Equal(before.Count - 1 + 3, vault.Snapshot().Count);
    }

    [Fact]
    public void Fail_moves_the_source_to_failed_with_an_error_note_and_never_overwrites()
    {
        using var vault = new CommitFixture();
        File.WriteAllText(vault.Paths.Resolve("Inbox/_failed/broken.docx"), "earlier failure");
        File.WriteAllText(vault.Paths.Resolve("Inbox/broken.docx"), "not a zip");
        var outcome = vault.Fail("Inbox/broken.docx", "not a Word file: the zip container is damaged");
        Assert.Equal("Inbox/_failed/broken (2).docx", outcome.MovedTo);
        Assert.Equal("earlier failure", vault.Read("Inbox/_failed/broken.docx"));
        Assert.Contains("the zip container is damaged", vault.Read("Inbox/_failed/broken (2).docx.error.md"));
        Assert.False(vault.Exists("Inbox/broken.docx"));
    }

    [Fact]
    public void A_second_writer_is_told_who_holds_the_vault()
    {
        using var vault = new CommitFixture();
        using var run = vault.Committer().BeginRun();
        var error = Assert.Throws<Cairn.Vault.VaultLockedException>(() => vault.Committer().History());
        Assert.Contains("pid", error.Message);
    }
}
