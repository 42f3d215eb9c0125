using Cairn.Bench.Extraction.Scoring;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>The quality targets of issue #4 on the shared samples and the team's own corpus: a regression fails CI.</summary>
public sealed class SampleTargetTests
{
    [Fact]
    public void Shared_samples_meet_the_targets()
    {
        var results = LabelledCorpus.Score(TestDataFolder.Path("samples"), TestDataFolder.Path("samples", "inbox"));
        AssertTargets(LabelledCorpus.Sum(results.Select(r => r.Score)));
    }

    [Fact]
    public void Own_corpus_meets_the_targets()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "extraction");
        var results = LabelledCorpus.Score(folder, folder);
        Assert.True(results.Count >= 6, "the corpus should hold at least six labelled sources");
        AssertTargets(LabelledCorpus.Sum(results.Select(r => r.Score)));
    }

    private static void AssertTargets((Tally Actions, Tally ActionText, OwnerTally Owners, Tally Decisions, Tally Facts, Tally Entities) sum)
    {
        Assert.True(sum.Actions.Recall >= 0.9, $"action items with owner: {sum.Actions}");
        Assert.True(sum.Actions.Precision >= 0.8, $"action items with owner: {sum.Actions}");
        Assert.True(sum.Owners.WrongShare <= 0.03, $"owners: {sum.Owners}");
        Assert.True(sum.Decisions.Recall >= 0.8, $"decisions: {sum.Decisions}");
        Assert.True(sum.Facts.Precision >= 0.85, $"key facts: {sum.Facts}");
        Assert.True(sum.Facts.Recall >= 0.85, $"key facts: {sum.Facts}");
    }
}
