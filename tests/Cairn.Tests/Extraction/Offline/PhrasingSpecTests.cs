using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// The offline rules' phrasings as spec files (Specs/Extraction/*.txt, Markdig's Specs/ as the model): one example
/// a line, so adding a phrasing is adding a line. A line is turns and the items they give:
/// <c>Ana: Sam, can you send the deck? / Sam: Sure. =&gt; Sam: Send the deck</c>. Turns are separated by " / "; a
/// speaker is a first name of the cast below (anyone else speaks as written); after "=&gt;" come the items separated
/// by " ; " (tasks as "Owner: Text" with the owner's first name, "?" for none; decisions as their text), or
/// "nothing". actions.txt checks the tasks, decisions.txt the decisions.
/// </summary>
public sealed class PhrasingSpecTests
{
    /// <summary>Everyone attends, so "you" is nobody unless a line names them.</summary>
    private static readonly string[] Cast = ["Jason Vallery", "Ana Ruiz", "Tom Becker", "Sam O'Neill", "Priya Shah"];

    public static TheoryData<string, int, string> Examples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Extraction"), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() is { Length: > 0 } line && !line.StartsWith('#'))
                {
                    data.Add(Path.GetFileName(file), i + 1, line);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_spec_line_gives_the_items_it_names(string file, int line, string example)
    {
        var arrow = example.IndexOf(" => ", StringComparison.Ordinal);
        Assert.True(arrow > 0, $"{file}:{line}: no ' => ' between the turns and the items");
        var extract = Extract(example[..arrow]);
        var expected = example[(arrow + 4)..].Trim();
        var items = file.StartsWith("decisions", StringComparison.Ordinal)
            ? extract.Decisions.Select(d => d.Text.TrimEnd('.'))
            : extract.ActionItems.Select(a => $"{FirstName(a.Owner)}: {a.Text}");
        var actual = string.Join(" ; ", items.DefaultIfEmpty("nothing"));
        Assert.True(Same(expected, actual), $"{file}:{line}\n  expected: {expected}\n  actual:   {actual}");
    }

    private static bool Same(string expected, string actual) =>
        expected.Split(" ; ").Select(e => e.Trim().TrimEnd('.')).SequenceEqual(actual.Split(" ; ").Select(a => a.Trim().TrimEnd('.')));

    private static MeetingExtract Extract(string turns)
    {
        var utterances = turns.Split(" / ").Select((turn, i) =>
        {
            var colon = turn.IndexOf(": ", StringComparison.Ordinal);
            var speaker = turn[..colon].Trim();
            return new Utterance(Cast.FirstOrDefault(c => c.Split(' ')[0] == speaker) ?? speaker, TimeSpan.FromSeconds(i * 10), turn[(colon + 2)..].Trim());
        }).ToList();
        var participants = Cast.Concat(utterances.Select(u => u.Speaker)).Distinct().Select(p => new Participant(p)).ToList();
        var document = new SourceDocument("spec.txt", "txt", SourceKind.Transcript, "Sync", Docs.Date, participants, utterances);
        return new HeuristicExtractor().Extract(document, new ExtractionContext("Jason Vallery", []));
    }

    private static string FirstName(string? owner) => owner is null ? "?" : owner.Split(' ')[0];
}
