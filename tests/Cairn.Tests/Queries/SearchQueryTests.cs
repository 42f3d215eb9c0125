using Cairn.Index;
using Cairn.Queries;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Queries;

public sealed class SearchQueryTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Title_matches_rank_first_and_snippets_highlight()
    {
        var hits = Search("pilot");

        Assert.Equal(TestVault.AcmeKickoff, hits[0].Path);
        Assert.Contains("**pilot**", hits[0].Snippet);
    }

    [Fact]
    public void A_search_runs_while_another_process_holds_the_write_lock()
    {
        using var index = vault.OpenIndex();
        index.Refresh();
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={vault.Dir.Combine(".cairn", "index.db")};Pooling=False");
        writer.Open();
        using var held = writer.BeginTransaction(deferred: false);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var hits = SearchQuery.Run(index, "pilot", new SearchFilter());

        Assert.NotEmpty(hits);
        // The index waits up to 5 s for a lock; a search that took one would have waited that long, then failed.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), $"took {started.Elapsed}");
    }

    [Fact]
    public void Phrases_prefixes_and_filters()
    {
        Assert.Equal([TestVault.AcmeKickoff], Search("\"three-week pilot\"").Select(h => h.Path));
        Assert.Contains(Search("checkpoint*"), h => h.Path == TestVault.AcmeCheckIn && h.Snippet.Contains("**checkpoint", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Search("checkpoints", new SearchFilter { Account = "Globex" }));
        Assert.Equal([TestVault.GlobexCall], Search("pilot", new SearchFilter { Account = "globex" }).Select(h => h.Path));
        Assert.All(Search("pilot", new SearchFilter { Since = new DateOnly(2025, 11, 10) }), h => Assert.Equal("2025-11-17", h.Date));
        Assert.All(Search("Acme", new SearchFilter { Type = "company" }), h => Assert.Equal("Companies/Acme.md", h.Path));
    }

    [Fact]
    public void The_notes_own_bold_text_is_not_highlighted_as_a_hit()
    {
        vault.Write("Notes/Budget review.md", "# Budget review\n\n**Owner:** finance team. The quarterly **forecast** was approved.\n");

        var hit = Assert.Single(Search("quarterly"));

        Assert.Contains("**quarterly**", hit.Snippet);
        Assert.DoesNotContain("**forecast**", hit.Snippet);
        Assert.DoesNotContain("**Owner", hit.Snippet);
    }

    [Fact]
    public void Snippets_are_cut_from_the_notes_text_search_after_search()
    {
        using var index = vault.OpenIndex();
        index.Refresh();

        var first = SearchQuery.Run(index, "pilot", new SearchFilter());
        var again = SearchQuery.Run(index, "pilot", new SearchFilter());
        var other = SearchQuery.Run(index, "checkpoint*", new SearchFilter());

        Assert.Equal(first.Select(h => (h.Path, h.Snippet)), again.Select(h => (h.Path, h.Snippet)));
        Assert.All(first, h => Assert.Contains("**pilot**", h.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.All(other, h => Assert.Contains("**checkpoint", h.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_note_gone_since_the_refresh_is_still_listed_without_a_snippet()
    {
        using var index = vault.OpenIndex();
        index.Refresh();
        File.Delete(Path.Combine(vault.Root, TestVault.AcmeKickoff));

        var hits = SearchQuery.Run(index, "pilot", new SearchFilter());

        Assert.Equal(string.Empty, Assert.Single(hits, h => h.Path == TestVault.AcmeKickoff).Snippet);
        Assert.Contains(hits, h => h.Snippet.Contains("**pilot**", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Past_the_ranking_cap_the_most_recently_written_matches_are_ranked()
    {
        var old = DateTime.UtcNow.AddDays(-30);
        for (var i = 0; i < SearchReads.RankedMatches + 50; i++)
        {
            var path = $"Notes/Bulk {i:D4}.md";
            vault.Write(path, i == 0 ? "# Bulk\n\nquota quota quota quota quota\n" : "# Bulk\n\nThe quota came up once, among many other words.\n");
            File.SetLastWriteTimeUtc(Path.Combine(vault.Root, path), old.AddMinutes(i));
        }

        vault.Write("Notes/Newest.md", "# Newest\n\nquota quota quota quota\n");

        var hits = Search("quota");

        Assert.Equal("Notes/Newest.md", hits[0].Path);
        Assert.DoesNotContain(hits, h => h.Path == "Notes/Bulk 0000.md");
        Assert.Equal(20, hits.Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("AND")]
    [InlineData("pilot AND")]
    [InlineData("NEAR(pilot")]
    [InlineData("*")]
    [InlineData("title:pilot")]
    [InlineData(":")]
    [InlineData("🚀🔥")]
    [InlineData("pilot 🚀 \"unclosed")]
    [InlineData("-pilot OR ^x {a b}")]
    [InlineData("a\"b\"c*d*")]
    public void Hostile_queries_never_fail(string query)
    {
        var exception = Record.Exception(() => Search(query));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("AND", "\"AND\"")]
    [InlineData("title:pilot", "\"title pilot\"")]
    [InlineData("pil*", "\"pil\"*")]
    [InlineData("🚀", null)]
    [InlineData("\"three week", "\"three week\"")]
    public void User_text_becomes_quoted_terms(string input, string? expected)
    {
        Assert.Equal(expected, FtsQuery.From(input));
    }

    [Fact]
    public void The_command_prints_json_and_human_results()
    {
        var json = CliRunner.Run("search", "pilot", "--vault", vault.Root, "--json", "--limit", "1");
        var human = CliRunner.Run("search", "\"(\"", "--vault", vault.Root);

        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"snippet\"", json.Stdout);
        Assert.Equal((0, "no matches"), (human.ExitCode, human.Stdout.Trim()));
    }

    private List<SearchHit> Search(string query, SearchFilter? filter = null)
    {
        using var index = vault.OpenIndex();
        index.Refresh();
        return [.. SearchQuery.Run(index, query, filter ?? new SearchFilter())];
    }
}
