using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary><c>cairn ingest FILE</c> with a file that is not in the Inbox: Cairn copies it and never moves the original.</summary>
public sealed class IngestNamedFileTests : IDisposable
{
    private const string Call = "Call\nDate: 2025-11-03\n\nAnn Lee: I'll send the deck.\nBo Chan: Thanks.\n";
    private readonly TempDirectory temp = new();
    private readonly string vault;
    private readonly string outside;

    public IngestNamedFileTests()
    {
        vault = temp.Combine("vault");
        outside = temp.Combine("downloads", "call.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, Call);
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault, "--owner", "Jason Vallery").ExitCode);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_file_outside_the_vault_is_copied_into_the_archive_and_stays_where_it_was()
    {
        var result = CliRunner.Run("ingest", "--vault", vault, outside);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Call, File.ReadAllText(outside));
        Assert.Equal(Call, File.ReadAllText(Path.Combine(vault, "Inbox", "_archive", "2025-11-03", "call.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox")));
    }

    [Fact]
    public void A_name_already_in_the_inbox_gets_a_free_name_instead_of_an_error()
    {
        File.WriteAllText(Path.Combine(vault, "Inbox", "call.txt"), "Other call\nDate: 2025-11-04\n\nCy Diaz: Hello.\nDee Ek: Hi.\n");

        var result = CliRunner.Run("ingest", "--vault", vault, outside);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(vault, "Inbox", "call.txt")));
        Assert.Equal(Call, File.ReadAllText(Path.Combine(vault, "Inbox", "_archive", "2025-11-03", "call (2).txt")));
    }

    [Fact]
    public void A_dry_run_reads_the_original_in_place_and_writes_nothing()
    {
        var before = temp.Files();

        var result = CliRunner.Run("ingest", "--vault", vault, "--dry-run", outside);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- /dev/null", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+source_ref: \"Inbox/_archive/2025-11-03/call.txt\"", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, temp.Files());
    }

    [Fact]
    public void Ingesting_the_same_outside_file_again_leaves_no_copy_behind()
    {
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault, outside).ExitCode);

        var again = CliRunner.Run("ingest", "--vault", vault, "--json", outside);

        Assert.Contains("\"skipped\"", again.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox")));
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public void Undo_takes_the_copy_out_of_the_inbox_and_leaves_the_original()
    {
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault, outside).ExitCode);

        var history = System.Text.Json.JsonDocument.Parse(CliRunner.Run("history", "--vault", vault, "--json").Stdout).RootElement[0];
        var undo = CliRunner.Run("undo", "--vault", vault);

        Assert.Equal(0, undo.ExitCode);
        Assert.Equal(1, history.GetProperty("moved").GetInt32());
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Meetings"), "*", SearchOption.AllDirectories));
        Assert.Equal(Call, File.ReadAllText(outside));
    }
}
