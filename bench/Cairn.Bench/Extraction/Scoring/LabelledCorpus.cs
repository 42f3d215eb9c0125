using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Bench.Extraction.Scoring;

/// <summary>Runs the offline extractor over a labelled folder (expected.json beside the sources) and scores each source.</summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<(SourceScore Score, MeetingExtract Extract)> Score(string labelsFolder, string sourcesFolder)
    {
        var labels = ExpectedLabels.Load(Path.Combine(labelsFolder, "expected.json"));
        var extractor = new HeuristicExtractor();
        var results = new List<(SourceScore, MeetingExtract)>();
        foreach (var item in labels.Items)
        {
            var read = SourceReader.ReadFile(Path.Combine(sourcesFolder, item.File));
            var document = read.Document ?? throw new InvalidDataException(read.Error!.ToString());
            var extract = extractor.Extract(document, ExtractionContext.ForOwner(labels.VaultOwner));
            results.Add((LabelScorer.Score(item, extract), extract));
        }

        return results;
    }

    public static (Tally Actions, Tally ActionText, OwnerTally Owners, Tally Decisions, Tally Facts, Tally Entities) Sum(IEnumerable<SourceScore> scores) =>
        scores.Aggregate((Tally.Zero, Tally.Zero, OwnerTally.Zero, Tally.Zero, Tally.Zero, Tally.Zero), (s, x) =>
            (s.Item1 + x.Actions, s.Item2 + x.ActionText, s.Item3 + x.Owners, s.Item4 + x.Decisions, s.Item5 + x.Facts, s.Item6 + x.Entities));
}
