using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// Damaged state and hostile Inbox files through the real CLI: one clear line and an exit code, never a stack
/// trace; the history in state.db is never moved aside; one bad source is that source's problem only.
/// </summary>
public sealed class DamagedStateTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string vault;

    public DamagedStateTests()
    {
        vault = temp.Combine("vault");
        CrashHarness.Init(vault);
    }

    private string StateDb => Path.Combine(vault, ".cairn", "state.db");

    private string Inbox => Path.Combine(vault, "Inbox");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_state_db_that_is_not_a_database_is_one_line_and_nothing_changes()
    {
        CrashHarness.FillInbox(vault, 2);
        File.WriteAllText(StateDb, "this is not a database, someone saved a note here" + new string('x', 5000));
        var before = File.ReadAllBytes(StateDb);

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("state.db is damaged", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("cairn changed nothing", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Inbox).Length);
        Assert.Equal(before, File.ReadAllBytes(StateDb));
    }

    [Fact]
    public void Garbage_in_the_middle_of_state_db_stops_the_next_ingest_and_queries_never_move_it_aside()
    {
        CrashHarness.FillInbox(vault, 4);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        var length = new FileInfo(StateDb).Length;
        Assert.True(length >= 3 * 16384, $"state.db is {length} bytes");
        using (var file = new FileStream(StateDb, FileMode.Open, FileAccess.Write))
        {
            file.Position = 16384;
            file.Write(Enumerable.Repeat((byte)0xA5, 16384).ToArray());
        }

        var damaged = File.ReadAllBytes(StateDb);
        File.WriteAllText(Path.Combine(Inbox, "late.txt"), "Late call\nDate: 2025-12-01\nParticipants: Jason Vallery, Ana Lee\n\nAna Lee: Hello.\n");

        var ingest = CliRunner.Run("ingest", "--vault", vault);
        var tasks = CliRunner.Run("tasks", "--vault", vault);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Single(ingest.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("state.db is damaged", ingest.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Inbox, "late.txt")));
        Assert.Equal(0, tasks.ExitCode);
        Assert.Equal(damaged, File.ReadAllBytes(StateDb));
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, ".cairn"), "state.db.corrupt*"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_shm_left_by_a_read_only_state_db_is_made_writable_again()
    {
        CrashHarness.FillInbox(vault, 1);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        var shm = StateDb + "-shm";
        File.WriteAllBytes(shm, []);
        File.SetUnixFileMode(shm, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        CrashHarness.FillInbox(vault, 2);

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(!File.Exists(shm) || File.GetUnixFileMode(shm).HasFlag(UnixFileMode.UserWrite));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_note_made_read_only_is_left_as_it_is_and_only_it_fails()
    {
        CrashHarness.FillInbox(vault, 1);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        var locked = Path.Combine(vault, "People", "Jason Vallery.md");
        var before = File.ReadAllBytes(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        CrashHarness.FillInbox(vault, 2);

        var result = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is read-only: left as it is", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(locked));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(vault, "Meetings"), "*.md", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(vault, "People", "Ben Okafor.md")));
    }

    [Fact]
    public void Hostile_inbox_files_fail_alone_and_the_good_source_goes_in()
    {
        CrashHarness.FillInbox(vault, 1);
        var good = Directory.GetFiles(Inbox).Single();
        var outside = temp.Combine("outside.txt");
        File.Copy(good, outside);
        File.CreateSymbolicLink(Path.Combine(Inbox, "outside link.txt"), outside);
        File.Copy(good, Path.Combine(Inbox, "new\nline.txt"));
        File.AppendAllText(Path.Combine(Inbox, "new\nline.txt"), "Ana Lee: One more line, so the content differs.\n");
        SpecialFiles.Fifo(Path.Combine(Inbox, "first.txt"));
        SpecialFiles.Fifo(Path.Combine(Inbox, "second.txt"));

        var first = SpecialFiles.Within(TimeSpan.FromSeconds(60), () => CliRunner.Run("ingest", "--vault", vault, "--json"));
        var second = SpecialFiles.Within(TimeSpan.FromSeconds(60), () => CliRunner.Run("ingest", "--vault", vault, "--json"));

        Assert.Equal(1, first.ExitCode);
        Assert.Empty(first.Stderr);
        Assert.False(File.Exists(good));
        Assert.Single(Directory.GetFiles(Path.Combine(vault, "Meetings"), "*.md", SearchOption.AllDirectories));
        Assert.Contains("a symbolic link on the way leads outside the vault", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("control characters", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("already ingested", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Inbox, "_failed"), "*.error.md").Length);
        Assert.True(File.Exists(outside));
        Assert.Contains("left in the Inbox: rename it", first.Stdout, StringComparison.Ordinal);
        // What Cairn will not move stays in the Inbox; it was reported once, so later runs skip it, saying why, and succeed.
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, CountOf(second.Stdout, "left in the Inbox as reported on "));
        Assert.Equal(["new\nline.txt", "outside link.txt"], Directory.GetFiles(Inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Once it changes it is tried (and refused) again.
        File.AppendAllText(Path.Combine(Inbox, "new\nline.txt"), "Ana Lee: And one more.\n");
        var third = CliRunner.Run("ingest", "--vault", vault, "--json");
        Assert.Equal(1, third.ExitCode);
        Assert.Equal(1, CountOf(third.Stdout, "left in the Inbox as reported on "));
        Assert.Contains("control characters", third.Stdout, StringComparison.Ordinal);

        // One line per source in the human output too: the newline in the name is shown as '?'.
        var human = CliRunner.Run("ingest", "--vault", vault);
        Assert.Contains("Inbox/new?line.txt -> skipped: left in the Inbox as reported on ", human.Stdout, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public void A_source_linked_from_elsewhere_in_the_vault_is_archived_as_a_link_that_still_leads_to_it()
    {
        CrashHarness.FillInbox(vault, 1);
        var good = Directory.GetFiles(Inbox).Single();
        Directory.CreateDirectory(Path.Combine(vault, "Exports"));
        var real = Path.Combine(vault, "Exports", Path.GetFileName(good));
        File.Move(good, real);
        File.CreateSymbolicLink(good, Path.Combine("..", "Exports", Path.GetFileName(good)));
        var bytes = File.ReadAllBytes(real);

        var ingest = CliRunner.Run("ingest", "--vault", vault);

        Assert.Equal(0, ingest.ExitCode);
        var archived = Directory.GetFiles(Path.Combine(Inbox, "_archive"), "*", SearchOption.AllDirectories).Single();
        Assert.Equal(bytes, File.ReadAllBytes(archived));
        Assert.False(Path.IsPathRooted(new FileInfo(archived).LinkTarget));
        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault).ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(good));
        Assert.Equal(bytes, File.ReadAllBytes(real));
    }
}
