using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary>The demo vault, built once for the class: the questions read it and never change it (but --write, in its own copy).</summary>
public sealed class DemoVaultFixture : IDisposable
{
    private readonly TempDirectory dir = new();

    public static readonly DateTimeOffset Monday = new(2025, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public DemoVaultFixture()
    {
        var result = CliRunner.Run(new FakeTimeProvider(Monday), "demo", dir.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    public string Root => dir.Path;

    public void Dispose() => dir.Dispose();
}

public sealed class AskCommandTests(DemoVaultFixture demo) : IClassFixture<DemoVaultFixture>
{
    private const string Kickoff = "Meetings/Fabrikam/2025-11-03 - Fabrikam storage renewal kickoff.md";
    private const string Sizing = "Meetings/Fabrikam/2025-11-10 - Fabrikam pilot sizing.md";
    private const string Pricing = "Meetings/Fabrikam/2025-11-12 - Fabrikam pricing.md";

    [Fact]
    public void What_I_owe_a_person_named_by_first_name_is_my_open_tasks_in_their_meetings_each_cited_at_its_line()
    {
        var answer = Json("ask", "What do I owe Hannah?");

        Assert.StartsWith("You owe Hannah Okafor 4 open tasks:", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Draft the pilot plan and share it with Hannah", "Send the final pilot plan with the sizing attached", "Send a revised quote with a 12-month term", "Ask Marcus to join the next call for the pricing discussion"],
            answer.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Null(answer.GetProperty("model").GetString());
        foreach (var citation in answer.GetProperty("citations").EnumerateArray())
        {
            Assert.Contains(citation.GetProperty("quote").GetString()!, Line(citation), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void What_a_person_owes_me_and_the_last_contact_come_from_structured_data()
    {
        var owed = Json("ask", "What does Luis owe me?");
        var last = Json("ask", "When did I last talk to Hannah?");

        Assert.Equal(["Send the security questionnaire", "Book the rack space in Frankfurt"], owed.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal("You last talked to Hannah Okafor on 2025-11-12 (12 days ago): Fabrikam pricing [1].", last.GetProperty("answer").GetString());
        Assert.Equal(Pricing, last.GetProperty("citations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void An_account_owes_me_only_its_peoples_tasks_not_a_colleagues()
    {
        var owed = Json("ask", "What does Fabrikam owe me?");

        Assert.Equal(["Send the security questionnaire", "Book the rack space in Frankfurt"], owed.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("What's new?")]
    [InlineData("What happened recently?")]
    public void A_question_with_nothing_to_search_for_answers_with_the_newest_meetings_summaries(string question)
    {
        var answer = Json("ask", question);

        var dates = answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("date").GetString()).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("2025-11-17", dates[0]);
    }

    [Fact]
    public void A_short_word_matches_its_plural()
    {
        var answer = Json("ask", "What does Contoso run?");

        Assert.Contains("Contoso runs 400 GPUs", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_about_a_topic_list_each_meetings_decision_newest_first()
    {
        var answer = Json("ask", "What did we decide about the pilot?").GetProperty("answer").GetString()!;

        var lines = answer.Split('\n');
        Assert.StartsWith("Decisions about pilot", lines[0], StringComparison.Ordinal);
        Assert.Contains("2025-11-12: We have decided to move the pilot review to the week of January 12.", lines[1], StringComparison.Ordinal);
        Assert.Contains("2025-11-10: We decided the pilot starts on December 1 in the Frankfurt data center.", lines[2], StringComparison.Ordinal);
        Assert.Contains("2025-11-03: We decided to run a four-week pilot starting in December.", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_detail_only_the_archived_source_holds_is_found_and_cited_there_with_its_meeting()
    {
        var answer = Json("ask", "Which review is needed before any pilot?");

        var first = answer.GetProperty("passages")[0];
        Assert.StartsWith("And we need the security review done before any pilot.", first.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("Inbox/_archive/2025-11-03/2025-11-03 - Fabrikam storage renewal kickoff.txt", first.GetProperty("path").GetString());
        Assert.Equal(Kickoff, first.GetProperty("note").GetString());
        Assert.Contains(first.GetProperty("quote").GetString()!, Line(first), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_passage_carries_its_speaker_and_time_and_prints_as_a_numbered_source()
    {
        var result = CliRunner.Run(new FakeTimeProvider(DemoVaultFixture.Monday), "ask", "Who approved the pilot?", "--vault", demo.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[1] 2025-11-10 Fabrikam pilot sizing · Luis Romero 00:13 \"The security questionnaire is done; our CISO approved the pilot.\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("    Inbox/_archive/2025-11-10/2025-11-10 - Fabrikam pilot sizing.srt:11  ([[2025-11-10 - Fabrikam pilot sizing]])", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_days_narrow_the_meetings_and_a_day_with_none_says_so_and_looks_elsewhere()
    {
        var lastWeek = Json("ask", "What did we discuss last week?");
        var today = Json("ask", "How long does a checkpoint take today?");

        Assert.All(lastWeek.GetProperty("passages").EnumerateArray(), p => Assert.Equal("2025-11-17", p.GetProperty("date").GetString()));
        Assert.StartsWith("Nothing from 2025-11-24; from other days: ", today.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(Kickoff, today.GetProperty("passages")[0].GetProperty("note").GetString());
    }

    [Fact]
    public void Options_narrow_like_the_question_does()
    {
        var since = Json("ask", "pilot", "--since", "2025-11-11");
        var person = Json("ask", "pilot", "--person", "Luis Romero", "--limit", "2");

        Assert.All(since.GetProperty("passages").EnumerateArray(), p => Assert.True(string.CompareOrdinal(p.GetProperty("date").GetString(), "2025-11-11") >= 0));
        Assert.Equal(2, person.GetProperty("passages").GetArrayLength());
        Assert.All(person.GetProperty("passages").EnumerateArray(), p => Assert.Contains(p.GetProperty("note").GetString(), new[] { Kickoff, Sizing }));
    }

    [Theory]
    [InlineData("ask", "  ")]
    [InlineData("ask", "pilot", "--limit", "0")]
    [InlineData("ask", "pilot", "--since", "last week")]
    public void Bad_usage_is_one_line(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--vault", demo.Root]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void An_unknown_person_option_names_close_names()
    {
        var result = CliRunner.Run("ask", "pilot", "--person", "Hanna Okafor", "--vault", demo.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean 'Hannah Okafor'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"; DROP TABLE index_notes; -- NEAR( * ")]
    [InlineData("\u0000\u0001\uFFFD\uD83D\uDE00 ?? !!")]
    [InlineData("zzzqqq unknownword")]
    public void Hostile_or_hopeless_questions_answer_that_nothing_matches(string question)
    {
        var answer = Json("ask", question);

        Assert.Equal("Nothing in the vault matches the question.", answer.GetProperty("answer").GetString());
        Assert.Empty(answer.GetProperty("citations").EnumerateArray());
    }

    private JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(new FakeTimeProvider(DemoVaultFixture.Monday), [.. args, "--vault", demo.Root, "--json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private string Line(JsonElement citation) =>
        File.ReadAllLines(Path.Combine(demo.Root, citation.GetProperty("path").GetString()!))[citation.GetProperty("line").GetInt32() - 1];
}
