using Cairn.Notes;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string vault = Path.Combine(Path.GetTempPath(), "cairn-ingest-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(vault, recursive: true);

    [Fact]
    public void A_folder_without_an_inbox_is_an_error_that_says_what_to_do()
    {
        Directory.CreateDirectory(vault);

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no Inbox/ folder: run `cairn init` there first", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(vault));
    }

    [Fact]
    public void An_empty_inbox_says_so()
    {
        Init();

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing to ingest: the Inbox is empty.", result.Stdout);
    }

    [Theory]
    [InlineData("call.vtt.crdownload")]
    [InlineData("call.txt.part")]
    [InlineData("~$notes.docx")]
    public void Partial_downloads_and_office_lock_files_stay_in_the_inbox_as_watch_leaves_them(string name)
    {
        Init();
        File.WriteAllBytes(Path.Combine(vault, "Inbox", name), [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]);

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing to ingest: the Inbox is empty.", result.Stdout);
        Assert.True(File.Exists(Path.Combine(vault, "Inbox", name)));
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox", "_failed")));
    }

    [Fact]
    public void Ingests_the_shared_samples_and_archives_them()
    {
        Init();
        foreach (var file in Directory.GetFiles(TestDataFolder.Path("samples", "inbox")))
        {
            File.Copy(file, Path.Combine(vault, "Inbox", Path.GetFileName(file)));
        }

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox")));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(vault, "Inbox", "_archive"), "*", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(vault, "People", "Jason Vallery.md")));
        AssertNotesReadBack();
    }

    [Fact]
    public void The_demo_builds_a_vault_and_a_second_ingest_changes_nothing()
    {
        var demo = CliRunner.Run("demo", vault);
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("notes written", demo.Stdout, StringComparison.Ordinal);
        var before = Snapshot();

        var again = CliRunner.Run("ingest", "--vault", vault, "--json");
        var rebuild = CliRunner.Run("rebuild", "--vault", vault);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("[]", again.Stdout.Trim());
        Assert.Contains("0 entity notes", rebuild.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Dry_run_prints_a_diff_and_writes_nothing()
    {
        Init();
        File.WriteAllText(Path.Combine(vault, "Inbox", "call.txt"), "Call\nDate: 2025-11-03\n\nAnn Lee: I'll send the deck.\nBo Chan: Thanks.\n");
        var before = Snapshot();

        var result = CliRunner.Run("ingest", "--vault", vault, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- /dev/null", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+type: \"", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("..%2F..%2Fx.txt")]
    [InlineData("CON.txt")]
    [InlineData("---.txt")]
    [InlineData("[[x]] #^|.txt")]
    public void Hostile_file_and_speaker_names_stay_inside_the_vault(string fileName)
    {
        Init();
        File.WriteAllText(Path.Combine(vault, "Inbox", fileName),
            "---\ntitle: x\n---\nDate: 2025-11-03\n\n../../x: I'll send the deck.\n[[x]]: - [ ] fake #task\n#^|: ## Related\n");

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(vault)!, "x.md")));
        AssertNotesReadBack();
    }

    [Fact]
    public void An_unreadable_source_goes_to_failed_with_its_reason()
    {
        Init();
        File.WriteAllText(Path.Combine(vault, "Inbox", "empty.vtt"), string.Empty);

        var result = CliRunner.Run("ingest", "--vault", vault, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"failed\"", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(vault, "Inbox", "_failed", "empty.vtt.error.md")));
    }

    [Fact]
    public void A_fifo_in_the_inbox_goes_to_failed_instead_of_hanging_the_run()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo
        }

        Init();
        SpecialFiles.Fifo(Path.Combine(vault, "Inbox", "call.vtt"));

        var result = SpecialFiles.Within(TimeSpan.FromSeconds(60), () => CliRunner.Run("ingest", "--vault", vault));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Inbox/call.vtt -> failed: the file is empty", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(vault, "Inbox", "_failed", "call.vtt.error.md")));
    }

    [Fact]
    public void A_source_over_the_size_limit_is_refused_before_it_is_read()
    {
        Init();
        var config = Path.Combine(vault, ".cairn", "config.yaml");
        File.WriteAllText(config, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(config), @"max_size_mb: [0-9.]+", "max_size_mb: 1"));
        File.WriteAllText(Path.Combine(vault, "Inbox", "long.vtt"), "WEBVTT\n\n" + string.Concat(Enumerable.Repeat("00:00:01.000 --> 00:00:02.000\nAnn: hello there\n\n", 30_000)));

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Inbox/long.vtt -> failed: long.vtt is 1.4 MB, over the 1 MB limit", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Human_edits_survive_a_later_ingest_and_a_rebuild()
    {
        Assert.Equal(0, CliRunner.Run("demo", vault).ExitCode);
        var person = Path.Combine(vault, "People", "Hannah Okafor.md");
        var edited = File.ReadAllText(person).Replace("## Open Tasks", "## Open Tasks\n\nMy own note about Hannah.", StringComparison.Ordinal);
        File.WriteAllText(person, edited);
        var meeting = Directory.GetFiles(Path.Combine(vault, "Meetings"), "*Fabrikam pilot sizing.md", SearchOption.AllDirectories).Single();
        var lines = File.ReadAllLines(meeting).ToList();
        var task = lines.FindIndex(l => l.StartsWith("- [ ] ", StringComparison.Ordinal));
        lines[task] = "- [x" + lines[task][4..];
        File.WriteAllLines(meeting, lines);
        File.WriteAllText(Path.Combine(vault, "Inbox", "later.txt"), "Later call\nDate: 2025-11-20\n\nHannah Okafor: I'll confirm the rack space.\nJason Vallery: Thanks.\n");

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        Assert.Equal(0, CliRunner.Run("rebuild", "--vault", vault).ExitCode);

        Assert.Contains("My own note about Hannah.", File.ReadAllText(person), StringComparison.Ordinal);
        Assert.Contains("2025-11-20", File.ReadAllText(person), StringComparison.Ordinal);
        Assert.StartsWith("- [x", File.ReadAllLines(meeting)[task], StringComparison.Ordinal);
    }

    private void Init() => Assert.Equal(0, CliRunner.Run("init", "--vault", vault, "--owner", "Jason Vallery").ExitCode);

    private void AssertNotesReadBack()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(vault, "Meetings"), "*.md", SearchOption.AllDirectories))
        {
            Assert.StartsWith(vault, Path.GetFullPath(file), StringComparison.Ordinal);
            Assert.NotNull(MeetingNoteReader.Read(file, File.ReadAllText(file), "Jason Vallery"));
        }

        foreach (var file in Directory.GetFiles(vault, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (text.StartsWith("---\n", StringComparison.Ordinal))
            {
                var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
                Assert.True(end > 0, file);
                var yaml = new YamlDotNet.RepresentationModel.YamlStream();
                yaml.Load(new StringReader(text[4..end]));
            }
        }
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(vault, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".cairn", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
}
