using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// What was said in a meeting and never made it into its note is found through the archived source's words in the
/// index, however old the meeting and however many newer ones there are.
/// </summary>
public sealed class AskSourceTests : IDisposable
{
    private readonly AskVault vault = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));

    public AskSourceTests()
    {
        // The oldest of twelve weeklies holds the detail, in its transcript only; the newest ten are what ask reads without a match.
        for (var day = 1; day <= 12; day++)
        {
            var date = $"2025-02-{day:00}";
            var source = day == 1 ? "source_ref: \"Inbox/_archive/2025-02-01/warehouse weekly.vtt\"\n" : string.Empty;
            vault.Write($"Meetings/Acme/{date} - Warehouse weekly.md", $"---\ntype: meeting\ndate: {date}\naccount: Acme\nparticipants: [\"Dana Reyes\"]\n{source}---\n# Warehouse weekly\n\n## Summary\nWeekly review of shipments.\n");
        }

        vault.Write("Inbox/_archive/2025-02-01/warehouse weekly.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lee Park>Shipments are on time this week.\n\n00:00:05.000 --> 00:00:09.000\n<v Dana Reyes>One more thing: the loading dock forklift needs a new battery before March.\n");
    }

    [Fact]
    public void A_detail_only_in_an_old_meetings_transcript_is_found_and_cited_at_its_line()
    {
        var answer = vault.Ask("Who said something about the forklift?");

        var citation = Assert.Single(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal("Inbox/_archive/2025-02-01/warehouse weekly.vtt", citation.GetProperty("path").GetString());
        Assert.Equal("Dana Reyes", citation.GetProperty("speaker").GetString());
        Assert.Contains("forklift", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains("forklift", File.ReadAllLines(Path.Combine(vault.Path, citation.GetProperty("path").GetString()!))[citation.GetProperty("line").GetInt32() - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_speakers_cues_in_a_row_are_cited_at_the_line_where_their_words_start()
    {
        vault.Write("Inbox/_archive/2025-02-01/warehouse weekly.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana Reyes>Shipments are on time this week.\n\n00:00:05.000 --> 00:00:09.000\n<v Dana Reyes>One more thing: the loading dock forklift needs a new battery before March.\n");
        Assert.Equal(0, CliRunner.Run("index", "--rebuild", "--vault", vault.Path).ExitCode);

        var citation = Assert.Single(vault.Ask("Who said something about the forklift?").GetProperty("citations").EnumerateArray());

        Assert.Equal(4, citation.GetProperty("line").GetInt32());
        Assert.StartsWith("Shipments are on time this week.", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_ref_that_leaves_the_vault_or_names_nothing_is_not_read()
    {
        var outside = Path.Combine(vault.Path, "..", Path.GetFileName(vault.Path) + "-outside.txt");
        File.WriteAllText(outside, "Dana Reyes: the forklift is in the secret file.");
        try
        {
            vault.Write("Meetings/Acme/2025-01-01 - Secret.md", $"---\ntype: meeting\ndate: 2025-01-01\nsource_ref: \"../{Path.GetFileName(outside)}\"\n---\n# Secret\n");
            vault.Write("Meetings/Acme/2025-01-02 - Missing.md", "---\ntype: meeting\ndate: 2025-01-02\nsource_ref: \"Inbox/_archive/2025-01-02/gone.vtt\"\n---\n# Missing\n");

            var paths = vault.Ask("forklift").GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("path").GetString()).ToList();

            Assert.Equal(["Inbox/_archive/2025-02-01/warehouse weekly.vtt"], paths);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    public void Dispose() => vault.Dispose();
}
