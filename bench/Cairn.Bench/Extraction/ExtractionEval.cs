using Cairn.Bench.Extraction.Scoring;
using Cairn.Extraction;

namespace Cairn.Bench.Extraction;

/// <summary>
/// <c>eval</c>: extraction quality on the labelled folders (tests/data/samples and the team's own corpus),
/// then on tests/data/real-meetings. Deterministic: no clock, no randomness.
/// </summary>
internal static class ExtractionEval
{
    public static void Run(string[] args, TextWriter output)
    {
        var repo = RepoRoot();
        var data = DataFolder();
        var verbose = args.Contains("--verbose");
        Labelled("samples", Path.Combine(data, "samples"), Path.Combine(data, "samples", "inbox"), output, verbose);
        var corpus = Path.Combine(repo, "tests", "Cairn.Tests", "Corpus");
        Labelled("own corpus", Path.Combine(corpus, "extraction"), Path.Combine(corpus, "extraction"), output, verbose);
        Labelled("styles", Path.Combine(corpus, "extraction-styles"), Path.Combine(corpus, "extraction-styles"), output, verbose);

        // The first five held-out sets were studied item by item once a newer one was written (the first two from
        // 2026-12-07, session 6; the third from session 7; the fourth from session 8; the fifth from session 9), so
        // they are scored and shown like the sets above. The unseen set, scored only when asked and never shown item
        // by item, is the newest one.
        Labelled("held out (studied)", Path.Combine(corpus, "extraction-heldout"), Path.Combine(corpus, "extraction-heldout"), output, verbose);
        Labelled("held out 2 (studied)", Path.Combine(corpus, "extraction-heldout-2"), Path.Combine(corpus, "extraction-heldout-2"), output, verbose);
        Labelled("held out 3 (studied)", Path.Combine(corpus, "extraction-heldout-3"), Path.Combine(corpus, "extraction-heldout-3"), output, verbose);
        Labelled("held out 4 (studied)", Path.Combine(corpus, "extraction-heldout-4"), Path.Combine(corpus, "extraction-heldout-4"), output, verbose);
        Labelled("held out 5 (studied)", Path.Combine(corpus, "extraction-heldout-5"), Path.Combine(corpus, "extraction-heldout-5"), output, verbose);
        if (args.Contains("--held-out"))
        {
            // Written in session 9 by a helper that never ran the extractor on it: totals only, never verbose.
            Labelled("held out 6", Path.Combine(corpus, "extraction-heldout-6"), Path.Combine(corpus, "extraction-heldout-6"), output, verbose: false);
        }

        RealMeetingsEval.Run(Path.Combine(data, "real-meetings"), output, args.Contains("--verbose-real"));
        RealMeetingsEval.Run(Path.Combine(data, "real-meetings"), output, captions: true);
    }

    private static void Labelled(string name, string labelsFolder, string sourcesFolder, TextWriter output, bool verbose)
    {
        var results = LabelledCorpus.Score(labelsFolder, sourcesFolder);
        if (verbose)
        {
            var labels = ExpectedLabels.Load(Path.Combine(labelsFolder, "expected.json")).Items;
            foreach (var ((s, extract), expected) in results.Zip(labels))
            {
                Print(s, extract, expected, output);
            }
        }

        var sum = LabelledCorpus.Sum(results.Select(r => r.Score));

        output.WriteLine($"{name}: {results.Count} sources");
        output.WriteLine($"  action items (text+owner): {sum.Actions}");
        output.WriteLine($"  action items (text only):  {sum.ActionText}");
        output.WriteLine($"  owners of tasks found:     {sum.Owners}");
        output.WriteLine($"  decisions:                 {sum.Decisions}");
        output.WriteLine($"  key facts:                 {sum.Facts}");
        output.WriteLine($"  entities:                  {sum.Entities}");
        output.WriteLine($"  type+account right: {results.Count(r => r.Score.TypeAndAccount)}/{results.Count}, participants right: {results.Count(r => r.Score.Participants)}/{results.Count}");
    }

    /// <summary>One source item by item: a task no label supports is marked "task?", a label no task matches is "missed".</summary>
    private static void Print(SourceScore s, MeetingExtract e, ExpectedSource expected, TextWriter output)
    {
        output.WriteLine($"--- {s.File}: {LabelScorer.TypeName(e.Type)} / {e.Account} / [{string.Join(", ", e.Participants)}] / {e.Title}");
        output.WriteLine($"    summary: {e.Summary}");
        foreach (var a in e.ActionItems)
        {
            var mark = (expected.Actions ?? []).Any(x => LabelScorer.Matches(x, a)) ? "task:" : "task?";
            output.WriteLine($"    {mark} {a.Text} @{a.Owner} due {a.Due} {a.Priority}   <- {a.Evidence.Speaker}: {a.Evidence.Quote}");
        }

        foreach (var x in (expected.Actions ?? []).Where(x => !e.ActionItems.Any(a => LabelScorer.Matches(x, a))))
        {
            output.WriteLine($"    missed: [{string.Join(" | ", x.Any)}] @{x.Owner}");
        }

        foreach (var d in e.Decisions)
        {
            output.WriteLine($"    decision: {d.Text}");
        }

        foreach (var f in e.KeyFacts)
        {
            output.WriteLine($"    fact: {f.Text}");
        }

        output.WriteLine($"    entities: {string.Join(", ", e.Entities.Select(x => $"{x.Name}({x.Kind}{(x.Aliases.Count > 0 ? ": " + string.Join("/", x.Aliases) : string.Empty)})"))}");
        output.WriteLine($"    topics: {string.Join(", ", e.Topics)}");
        output.WriteLine($"    scores: actions {s.Actions}; owners {s.Owners}; decisions {s.Decisions}; facts {s.Facts}; entities {s.Entities}");
    }

    /// <summary>The repository's test data (tests/data: samples, real meetings; licences in its README).</summary>
    internal static string DataFolder() => Path.Combine(RepoRoot(), "tests", "data");

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
