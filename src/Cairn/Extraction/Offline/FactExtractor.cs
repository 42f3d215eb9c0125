namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences → key facts. One-sentence rules first (<see cref="FactRules"/>); then the context: a short
/// fact or one continued by "he/it/they…" takes the same speaker's next sentence with it, a figure about
/// "it" takes the sentence that says what "it" is, and the opening turn's introductions of the people
/// present are not facts (they are who is who, not what was said).
/// </summary>
internal sealed class FactExtractor(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned, HashSet<int> used, bool spoken, Func<string, bool> isParticipant)
{
    private const int ShortFact = 7;

    public IReadOnlyList<KeyFact> Extract()
    {
        var facts = new List<KeyFact>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!IsFree(i))
            {
                continue;
            }

            if (FactRules.IsFact(cleaned[i]) && !IsIntroduction(i))
            {
                facts.Add(Fact(i, Continues(i, i + 1) ? i + 1 : i));
            }
            else if (i + 1 < sentences.Count && FactRules.StartsWithPronoun(cleaned[i + 1]) && FactRules.IsFact(cleaned[i + 1]) && Continues(i, i + 1) && IsPlainStatement(i))
            {
                facts.Add(Fact(i, i + 1));
            }
        }

        return facts;
    }

    private bool IsFree(int i) => !used.Contains(i) && !DecisionRules.IsBareAssent(cleaned[i]);

    /// <summary>Sentence <paramref name="next"/> goes on with what sentence <paramref name="i"/> said: same speaker, same turn, and it points back or the first is too short to stand alone.</summary>
    private bool Continues(int i, int next) =>
        next < sentences.Count && sentences[next].Turn == sentences[i].Turn && sentences[next].Speaker == sentences[i].Speaker && !sentences[next].IsQuestion
        && (FactRules.StartsWithPronoun(cleaned[next]) || cleaned[i].Split(' ').Length <= ShortFact)
        && IsFree(next) && !FactRules.IsNoise(cleaned[next]) && !DecisionRules.IsHedged(cleaned[next]);

    /// <summary>Something worth leading a continued figure: a statement, not a question, greeting or hedge.</summary>
    private bool IsPlainStatement(int i) =>
        !sentences[i].IsQuestion && cleaned[i].Split(' ').Length >= 4 && !FactRules.IsNoise(cleaned[i]);

    /// <summary>"Tom runs infrastructure, and Dana is our procurement lead" in the opening turn: the people present, introduced.</summary>
    private bool IsIntroduction(int i)
    {
        if (!spoken || sentences[i].Turn != 0 || FactRules.HasFigure(cleaned[i]) || FactRules.HasEventDate(cleaned[i]))
        {
            return false;
        }

        var holders = FactRules.RoleHolders(cleaned[i]);
        return holders.Count > 0 && holders.All(isParticipant);
    }

    private KeyFact Fact(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            used.Add(k);
        }

        if (first == last)
        {
            return new KeyFact(FactRules.Clean(cleaned[first]), sentences[first].ToEvidence());
        }

        var text = FactRules.Clean(cleaned[first]) + " " + FactRules.Clean(cleaned[last]);
        var quote = sentences[first].Text + " " + sentences[last].Text;
        return new KeyFact(text, sentences[first].ToEvidence() with { Quote = quote });
    }
}
