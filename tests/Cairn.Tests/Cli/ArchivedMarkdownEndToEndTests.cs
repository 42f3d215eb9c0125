using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// A Markdown note dropped in the Inbox, once archived, is invisible to Obsidian as a note (issue #15): no second note
/// of the meeting's name (every <c>[[…]]</c> to it would be ambiguous), no checkbox for the Tasks plugin or Dataview;
/// <c>cairn ask</c> still reads it and cites it by its archived path.
/// </summary>
public sealed class ArchivedMarkdownEndToEndTests : IDisposable
{
    private const string Name = "2026-11-17 - Northwind sync";

    private const string Notes = "# Northwind sync\n\nAttendees: Priya Raman, Jason Vallery\n\n- [ ] Priya Raman: send the rack diagram by Friday\n- The Oslo rack holds twelve storage nodes.\n";

    private readonly TempDirectory vault = new();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void An_archived_markdown_source_shares_no_name_with_a_note_and_holds_no_task_obsidian_reads()
    {
        Ingest();

        var archived = $"Inbox/_archive/2026-11-17/{Name}.md.txt";
        Assert.Equal(Notes, File.ReadAllText(System.IO.Path.Combine(vault.Path, archived)));
        // In Obsidian's terms: every .md file is a note, named by its file name without the extension.
        var notes = Directory.GetFiles(vault.Path, "*.md", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(vault.Path, f).Replace('\\', '/')).ToList();
        Assert.DoesNotContain(notes, n => n.StartsWith("Inbox/", StringComparison.Ordinal));
        Assert.Equal(notes.Count, notes.Select(n => System.IO.Path.GetFileNameWithoutExtension(n)).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // So the source's checkbox reaches the Tasks plugin only as Cairn's task lines (the meeting's, its copies), none from Inbox/.
        Assert.All(notes.Where(n => File.ReadAllText(System.IO.Path.Combine(vault.Path, n)).Contains("- [ ] Send the rack diagram", StringComparison.Ordinal)),
            n => Assert.Matches("^(Meetings|People|Companies)/", n));
        var meeting = File.ReadAllText(System.IO.Path.Combine(vault.Path, "Meetings", "Northwind", Name + ".md"));
        Assert.Contains($"source_ref: \"{archived}\"", meeting, StringComparison.Ordinal);
        Assert.Contains($"*Source: [[{archived}|{Name}]]*", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_reads_the_archived_markdown_source_and_cites_it_at_its_line()
    {
        Ingest();

        var result = CliRunner.Run("ask", "How many storage nodes does the Oslo rack hold?", "--vault", vault.Path, "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var passages = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("passages").EnumerateArray().ToList();
        var cited = Assert.Single(passages, p => p.GetProperty("path").GetString() == $"Inbox/_archive/2026-11-17/{Name}.md.txt");
        Assert.Equal($"Meetings/Northwind/{Name}.md", cited.GetProperty("note").GetString());
        var line = File.ReadAllLines(System.IO.Path.Combine(vault.Path, cited.GetProperty("path").GetString()!))[cited.GetProperty("line").GetInt32() - 1];
        Assert.Contains("The Oslo rack holds twelve storage nodes.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_gives_the_markdown_source_back_its_own_name()
    {
        Ingest();

        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Path).ExitCode);

        Assert.Equal(Notes, File.ReadAllText(System.IO.Path.Combine(vault.Path, "Inbox", Name + ".md")));
    }

    private void Ingest()
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);
        File.WriteAllText(System.IO.Path.Combine(vault.Path, "Inbox", Name + ".md"), Notes);
        var result = CliRunner.Run("ingest", "--vault", vault.Path);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }
}
