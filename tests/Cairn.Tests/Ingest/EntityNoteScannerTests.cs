using Cairn.Extraction;
using Cairn.Ingest;
using Cairn.Notes;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Ingest;

/// <summary>The entity notes ingest resolves names against are read with the one frontmatter reader, so ingest and the index know a note by the same title and aliases.</summary>
public sealed class EntityNoteScannerTests
{
    [Theory]
    [InlineData("---\ntitle: 'Ann O''Neil'\naliases:\n  - Annie\ncreated: '2025-01-02'\n---\n# Ann\n", "Ann O'Neil")]
    [InlineData("---\ntitle: Ann O'Neil\naliases: Annie\n---\n", "Ann O'Neil")]
    [InlineData("\uFEFF---\r\ntitle: \"Ann \\\"A\\\" O'Neil\"\r\naliases: [Annie]\r\n---\r\n", "Ann \"A\" O'Neil")]
    [InlineData("---\ntitle: Ann\ntitle: Annie\n---\n", "Ann")]
    [InlineData("---\ntitle: Ann O'Neil\naliases: [Annie\n", "Ann")]
    [InlineData("---\ntitle: *nowhere\n---\n", "Ann")]
    [InlineData("", "Ann")]
    [InlineData("# Ann\n---\ntitle: Not frontmatter\n---\n", "Ann")]
    public void Knows_a_note_by_what_its_frontmatter_says_to_every_reader(string text, string title)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("People"));
        File.WriteAllText(temp.Combine("People", "Ann.md"), text);

        var note = Assert.Single(EntityNoteScanner.Scan(new VaultPaths(temp.Path), VaultLayout.Default));

        Assert.Equal(title, note.Title);
        Assert.Equal(EntityKind.Person, note.Kind);
        var front = NoteDocument.Parse(text).Frontmatter;
        Assert.Equal(front.GetString(NoteProperties.Title) ?? "Ann", note.Title);
        Assert.Equal(front.GetList(NoteProperties.Aliases), note.Aliases);
    }

    [Fact]
    public void Reads_the_created_date()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("Companies"));
        File.WriteAllText(temp.Combine("Companies", "Acme.md"), "---\ntype: company\ncreated: '2025-01-02'\n---\n");

        var note = Assert.Single(EntityNoteScanner.Scan(new VaultPaths(temp.Path), VaultLayout.Default));

        Assert.Equal(new DateOnly(2025, 1, 2), note.Created);
        Assert.Equal("Acme", note.Title);
        Assert.Equal(EntityKind.Company, note.Kind);
    }
}
