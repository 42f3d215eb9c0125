using Cairn.Extraction.Llm;

namespace Cairn.Tests.Llm;

/// <summary>How a source is cut into requests: whole when it fits, else at utterances, each part within the budget.</summary>
public sealed class TranscriptPartsTests
{
    private static readonly string[] Words = ["pilot", "storage", "checkpoint", "budget", "renewal", "Friday", "migration", "quote", "cluster", "review"];

    [Fact]
    public void A_source_that_fits_is_one_part_holding_every_line()
    {
        var passages = Talk(20);

        var parts = TranscriptParts.Split(passages, 10_000);

        Assert.Equal([string.Join('\n', passages.Select(SourcePassages.Line))], parts);
    }

    [Fact]
    public void A_long_source_is_cut_at_utterances_each_part_within_the_budget_and_nothing_lost()
    {
        var passages = Talk(400);

        var parts = TranscriptParts.Split(passages, 600);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(TokenCounter.Count(p), 1, 600));
        Assert.Equal(passages.Select(SourcePassages.Line), parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void One_utterance_longer_than_the_budget_is_cut_between_words()
    {
        var monologue = new Passage("Hannah", null, string.Join(' ', Enumerable.Range(0, 2000).Select(i => Words[i % Words.Length])));

        var parts = TranscriptParts.Split([monologue], 500);

        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.InRange(TokenCounter.Count(p), 1, 500));
        Assert.Equal(SourcePassages.Line(monologue), string.Join(' ', parts));
    }

    [Fact]
    public void Text_of_many_characters_per_token_is_still_one_part_when_it_fits()
    {
        // Long runs of one character make few tokens: the length alone must not decide that a source is too long.
        var passages = Enumerable.Range(0, 10).Select(i => new Passage("Raj", null, new string('=', 400))).ToList();
        var whole = string.Join('\n', passages.Select(SourcePassages.Line));
        var budget = TokenCounter.Count(whole) + 5;
        Assert.True(whole.Length > 10 * budget, $"{whole.Length} characters, {budget} tokens of budget");

        Assert.Equal([whole], TranscriptParts.Split(passages, budget));
    }

    private static List<Passage> Talk(int utterances) =>
        [.. Enumerable.Range(0, utterances).Select(i => new Passage(i % 2 == 0 ? "Hannah Okafor" : "Jason Vallery", TimeSpan.FromSeconds(i * 7), $"On the {Words[i % Words.Length]} we should talk about the {Words[(i * 3) % Words.Length]} next week, number {i}."))];
}
