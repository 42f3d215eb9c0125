using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>One policy for a config.yaml that cannot be read: every command stops with the same line and changes nothing.</summary>
public sealed class BrokenConfigTests : IDisposable
{
    private readonly TempDirectory vault = new();

    public BrokenConfigTests()
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path).ExitCode);
        File.WriteAllText(vault.Combine("Inbox", "call.txt"), "Call\nDate: 2025-11-03\n\nAnn Lee: I'll send the deck.\nBo Chan: Thanks.\n");
        File.WriteAllText(vault.Combine(".cairn", "config.yaml"), "extractor: maybe\n");
    }

    public void Dispose() => vault.Dispose();

    [Theory]
    [InlineData("tasks")]
    [InlineData("people")]
    [InlineData("check")]
    [InlineData("history")]
    [InlineData("undo")]
    [InlineData("ingest")]
    [InlineData("rebuild")]
    [InlineData("extract", "Inbox/call.txt")]
    public void Every_command_stops_with_one_line_naming_the_file_and_line(string verb, string? argument = null)
    {
        var before = vault.Files();
        var args = argument is null ? new[] { verb, "--vault", vault.Path } : [verb, vault.Combine(argument), "--vault", vault.Path];

        var result = CliRunner.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: .cairn/config.yaml:1: extractor", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Equal(before, vault.Files());
    }
}
