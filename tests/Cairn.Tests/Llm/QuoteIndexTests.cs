using Cairn.Extraction.Llm;
using Cairn.Extraction.Offline;
using Cairn.Sources;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Llm;

/// <summary>Which quotes the source holds: the words as said, as the note writes them, or with filler left out.</summary>
public sealed class QuoteIndexTests
{
    [Theory]
    [InlineData("Um, so I'll, uh, send the the revised quote by Friday, you know.")]
    [InlineData("  Basically,, we just -- really need the SOW signed.")]
    [InlineData("Like, the pilot runs for, like, three weeks; okay?")]
    [InlineData("Hmm. Mm-hmm. Right , right, the checkpoint storage is, sort of, the blocker")]
    public void A_quote_of_the_cleaned_text_normalises_as_the_raw_words_do(string said) =>
        Assert.Equal(QuoteIndex.Normalize(said), QuoteIndex.Normalize(FillerWords.Remove(said)));

    [Fact]
    public void Every_sample_utterance_is_found_by_its_raw_and_its_cleaned_words()
    {
        var passages = Directory.GetFiles(TestDataFolder.Path("samples", "inbox"))
            .Select(f => SourceReader.ReadFile(f).Document)
            .OfType<SourceDocument>()
            .SelectMany(SourcePassages.Of)
            .ToList();
        var index = new QuoteIndex(passages);

        Assert.True(passages.Count >= 20, $"{passages.Count} passages");
        foreach (var passage in passages.Where(p => QuoteIndex.Normalize(p.Text).Count(c => c == ' ') >= QuoteIndex.MinimumWords))
        {
            Assert.Equal(QuoteIndex.Normalize(passage.Text), QuoteIndex.Normalize(index.Find(passage.Text)!.Text));
            Assert.Equal(QuoteIndex.Normalize(passage.Text), QuoteIndex.Normalize(index.Find(FillerWords.Remove(passage.Text))!.Text));
        }
    }
}
