using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class InspectCommandTests
{
    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = CliRunner.Run("inspect", TestDataFolder.Path("conformance", "exports", "teams-recap-download.vtt"), "--json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(["format", "kind", "title", "date", "date_from", "participants", "utterances", "body"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("vtt/teams", root.GetProperty("format").GetString());
        Assert.Equal("transcript", root.GetProperty("kind").GetString());
        Assert.Equal("teams-recap-download", root.GetProperty("title").GetString());
        // The export names no date and neither does its name: the file's time dates it, and inspect says so.
        Assert.Equal("file-time", root.GetProperty("date_from").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("date").GetString());
        Assert.Equal(["Alastair", "Robin", "Louisa", "Nick"], root.GetProperty("participants").EnumerateArray().Select(e => e.GetString()));
        var first = root.GetProperty("utterances")[0];
        Assert.Equal("Alastair", first.GetProperty("speaker").GetString());
        Assert.Equal("00:00:06", first.GetProperty("start").GetString());
        Assert.Equal("Oh there we go. Yeah. That's what I was looking for. Right. So we've got function", first.GetProperty("text").GetString());
    }

    [Fact]
    public void Human_view_shows_format_participants_and_first_utterances()
    {
        var result = CliRunner.Run("inspect", TestDataFolder.Path("samples", "inbox", "2025-11-12 - Northwind Robotics storage POC kickoff.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("txt/speaker-headings", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Priya Raman, Tom Becker, Dana Whitfield, Jason Vallery", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2025-11-12", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("… 5 more", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_file_is_one_line_on_stderr_and_exit_1()
    {
        var dir = Directory.CreateTempSubdirectory("cairn-inspect-");
        try
        {
            var path = Path.Combine(dir.FullName, "empty.vtt");
            File.WriteAllBytes(path, []);

            var result = CliRunner.Run("inspect", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"error: {path}: the file is empty", result.Stderr.TrimEnd());
            Assert.Empty(result.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
