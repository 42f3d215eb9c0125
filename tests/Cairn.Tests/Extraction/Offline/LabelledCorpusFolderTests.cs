using Cairn.Bench.Extraction.Scoring;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// Every labelled folder is whole: each source has its labels and each label's source reads. The held-out sets are
/// checked this way only; its extraction is scored by <c>bench eval --held-out</c>, never here.
/// </summary>
public sealed class LabelledCorpusFolderTests
{
    [Theory]
    [InlineData("extraction")]
    [InlineData("extraction-styles")]
    [InlineData("extraction-heldout")]
    [InlineData("extraction-heldout-2")]
    [InlineData("extraction-heldout-3")]
    [InlineData("extraction-heldout-4")]
    [InlineData("extraction-heldout-5")]
    [InlineData("extraction-heldout-6")]
    public void Every_source_is_labelled_and_every_label_reads(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", name);
        var labels = ExpectedLabels.Load(Path.Combine(folder, "expected.json"));
        var sources = Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => f != "expected.json").Order(StringComparer.Ordinal);

        Assert.Equal(sources, labels.Items.Select(i => i.File).Order(StringComparer.Ordinal));
        foreach (var item in labels.Items)
        {
            var read = SourceReader.ReadFile(Path.Combine(folder, item.File));
            Assert.True(read.Document is not null, $"{item.File}: {read.Error}");
            Assert.NotEmpty(item.Actions ?? []);
        }
    }
}
