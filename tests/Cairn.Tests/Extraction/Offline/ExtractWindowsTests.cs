using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Notes;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// A transcript longer than a window is extracted window by window (bounded memory, linear time) and joined into
/// one extract; the window is shrunk here so a few turns stand for a source of many megabytes.
/// </summary>
public sealed class ExtractWindowsTests
{
    private static readonly (string, string)[] Turns =
    [
        ("Ana Lima", "Welcome everyone, this is the storage pilot review with Acme."),
        ("Ana Lima", "I'll send the pricing summary to Ben by Friday."),
        ("Ben Ode", "We decided to keep the checkpoint target at two minutes."),
        ("Carlos Farias", "Carlos here, I run the platform team."),
        ("Ben Ode", "I will check the staging cluster access next week."),
        ("Dana Whitfield", "We agreed that the pilot runs for three weeks."),
    ];

    [Fact]
    public void A_transcript_that_fits_one_window_is_extracted_as_before()
    {
        var document = Docs.Transcript(Turns);

        Assert.Same(document, Assert.Single(ExtractWindows.Split(document)));
        var whole = Docs.Extract(document);
        var windowed = new HeuristicExtractor().Extract(document, new ExtractionContext("Jason Vallery", []), ExtractWindows.Chars);
        Assert.Equal(Describe(whole), Describe(windowed));
    }

    [Fact]
    public void A_longer_transcript_is_split_at_utterances_and_every_window_gives_its_tasks_decisions_and_people()
    {
        var document = Docs.Transcript(Turns);
        var windows = ExtractWindows.Split(document, chars: 120);

        Assert.True(windows.Count >= 3, $"{windows.Count} windows");
        Assert.Equal(document.Utterances, windows.SelectMany(w => w.Utterances));
        Assert.All(windows, w => Assert.Equal(document.Title, w.Title));

        var extract = new HeuristicExtractor().Extract(document, new ExtractionContext("Jason Vallery", []), windowChars: 120);
        var first = Docs.Extract(windows[0]);
        Assert.Equal(first.Title, extract.Title);
        Assert.Equal(first.Summary, extract.Summary);
        Assert.Contains(extract.ActionItems, a => a.Text.Contains("pricing summary", StringComparison.Ordinal));
        Assert.Contains(extract.ActionItems, a => a.Text.Contains("staging cluster", StringComparison.Ordinal));
        Assert.Contains(extract.Decisions, d => d.Text.Contains("checkpoint target", StringComparison.Ordinal));
        Assert.Contains(extract.Decisions, d => d.Text.Contains("three weeks", StringComparison.Ordinal));
        Assert.Equal(["Ana Lima", "Ben Ode", "Carlos Farias", "Dana Whitfield"], extract.Participants.Order(StringComparer.Ordinal));
        Assert.Equal(extract.Entities.Count, extract.Entities.DistinctBy(e => (e.Kind, e.Name.ToUpperInvariant())).Count());
    }

    [Fact]
    public void A_joined_extract_keeps_the_first_items_of_each_kind_and_its_summary_says_how_many_more_there_were()
    {
        var part = Docs.Extract(Docs.Transcript(Turns));
        var evidence = part.ActionItems[0].Evidence;
        var many = part with
        {
            ActionItems = [.. Enumerable.Range(0, ExtractWindows.MaxItems + 5).Select(i => new ActionItem($"Task {i}", null, null, TaskPriority.None, evidence))],
            KeyFacts = [],
        };

        var joined = ExtractWindows.Join([many, part]);

        Assert.Equal(ExtractWindows.MaxItems, joined.ActionItems.Count);
        Assert.Equal("Task 0", joined.ActionItems[0].Text);
        Assert.Equal(2 * part.Decisions.Count, joined.Decisions.Count);
        Assert.EndsWith($"the note lists the first 2,000 of each; {5 + part.ActionItems.Count} more tasks were found further on.", joined.Summary, StringComparison.Ordinal);
        Assert.Equal(part.Summary, ExtractWindows.Join([part, part]).Summary);
    }

    private static string Describe(MeetingExtract extract) =>
        string.Join('\n', new[] { extract.Title, extract.Summary, extract.Type.ToString(), extract.Account ?? "-" }
            .Concat(extract.Participants)
            .Concat(extract.ActionItems.Select(a => $"{a.Text}|{a.Owner}|{a.Due}"))
            .Concat(extract.Decisions.Select(d => d.Text))
            .Concat(extract.KeyFacts.Select(f => f.Text))
            .Concat(extract.Entities.Select(e => $"{e.Kind}:{e.Name}"))
            .Concat(extract.Topics));
}
