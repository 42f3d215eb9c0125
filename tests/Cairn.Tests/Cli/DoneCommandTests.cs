using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class DoneCommandTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Ticks_a_plain_task_with_todays_date()
    {
        var line = LineOf(TestVault.GlobexCall, "Send Globex the pricing sheet");

        var result = CliRunner.Run("done", $"{TestVault.GlobexCall}:{line}", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("- [x] Send Globex the pricing sheet @Myself #task ✅ 2025-11-20", vault.Read(TestVault.GlobexCall));
        Assert.DoesNotContain("Send Globex the pricing sheet", CliRunner.Run("tasks", "--vault", vault.Root).Stdout);
    }

    [Fact]
    public void A_fifo_named_like_a_note_is_not_a_task_rather_than_a_wait()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo
        }

        SpecialFiles.Fifo(vault.Dir.Combine("People", "Pipe.md"));

        var result = SpecialFiles.Within(TimeSpan.FromSeconds(60), () => CliRunner.Run("done", "People/Pipe.md:1", "--vault", vault.Root));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("People/Pipe.md:1 is not a task", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recurring_task_gets_its_next_occurrence_above_the_done_one()
    {
        var line = LineOf(TestVault.AcmeCheckIn, "Review weekly metrics");

        var result = CliRunner.Run("done", $"{TestVault.AcmeCheckIn}:{line}", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        var lines = vault.Read(TestVault.AcmeCheckIn).Split('\n');
        Assert.Equal("- [ ] Review weekly metrics @Myself #task 🔁 every week 📅 2025-12-01", lines[line - 1]);
        Assert.Equal("- [x] Review weekly metrics @Myself #task 🔁 every week 📅 2025-11-24 ✅ 2025-11-20", lines[line]);
    }

    [Fact]
    public void Mirrors_in_entity_notes_are_ticked_too()
    {
        var line = LineOf(TestVault.AcmeKickoff, "Share the cluster sizes");

        var result = CliRunner.Run("done", $"{TestVault.AcmeKickoff}:{line}", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("also ticked: People/Priya Raman.md:", result.Stdout);
        var priya = vault.Read(TestVault.Priya);
        Assert.Contains("- [x] Share the cluster sizes @Priya Raman [[2025-11-03 - Acme kickoff]] 📅 2025-11-12 ✅ 2025-11-20", priya);
        Assert.Contains("- [ ] Book the architecture review @Priya Raman [[2025-11-17 - Acme check-in]]", priya);
    }

    [Fact]
    public void A_line_that_is_not_a_task_is_a_clear_error()
    {
        var result = CliRunner.Run("done", $"{TestVault.AcmeKickoff}:2", "--vault", vault.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a task", result.Stderr);
    }

    [Fact]
    public void A_missing_line_number_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("done", TestVault.AcmeKickoff, "--vault", vault.Root).ExitCode);
    }

    private int LineOf(string path, string text) => Array.FindIndex(vault.Read(path).Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
