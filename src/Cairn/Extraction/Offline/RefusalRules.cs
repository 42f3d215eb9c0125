using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// A decision said as a refusal in reply: "Will the old invoices move across?" / "No, and that's deliberate.", "the
/// answer's no on that one", "Short answer, not next year", "the honest answer is that … I can't …". The answer is
/// marked as one and says no; what it refuses is the question asked before it (<see cref="DecisionExtractor"/>).
/// What a group will not do, said in one sentence, is <see cref="DecisionRules"/>' (GroupRefusal, HeldUntil).
/// </summary>
internal static partial class RefusalRules
{
    /// <summary>The answer's words when the sentence is a marked answer that says no: "No." for a bare no, else what it says; null otherwise.</summary>
    public static string? RefusedAnswer(string cleaned)
    {
        if (cleaned.EndsWith('?') || MarkedAnswer().Match(cleaned) is not { Success: true } m)
        {
            return null;
        }

        var answer = m.Groups["answer"].Value.Trim();
        if (!SaysNo().IsMatch(answer) || NotKnowing().IsMatch(answer))
        {
            return null;
        }

        return BareNo().IsMatch(answer) ? "No." : DecisionRules.Clean(answer);
    }

    /// <summary>An answer that says no and not what ("No.", "No for next year.", "Not next year."): it needs the question it refuses.</summary>
    public static bool OnlySaysNo(string answer) => Fragment().IsMatch(answer);

    /// <summary>A question that only asks for the floor ("Can I ask about the other thing?", "Any questions?"): nothing to refuse.</summary>
    public static bool AsksForTheFloor(string cleaned) => FloorQuestion().IsMatch(cleaned);

    /// <summary>"The (honest/short) answer is (that) …", "Short answer, …", "No, and that's deliberate."</summary>
    [GeneratedRegex(@"^(?:(?:so|okay|ok|well|honestly|look|then|and|no)[,.\s]+)*(?:the )?(?:short|honest|simple|straight) answer(?:'s| is| was)?(?: that)?[,:]?\s+(?<answer>.+)$|\bthe (?:honest |short |simple |straight )?answer(?:'s| is| was)(?: that)?[,:]?\s+(?<answer>.+)$|^(?<answer>no),? and that's (?:deliberate|intentional|on purpose|final|by design)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedAnswer();

    /// <summary>The answer refuses: it opens with no/not, or holds a negated can/will/going ("I can't add a Sunday", "it's not getting moved again").</summary>
    [GeneratedRegex(@"^(?:no|not|nope)\b|\b(?:can't|cannot|won't|will not|not going|not getting|not happening|isn't going|aren't going|isn't getting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysNo();

    /// <summary>Not knowing is no refusal: "the answer is I don't know", "the honest answer is I'm not sure".</summary>
    [GeneratedRegex(@"\b(?:don't know|do not know|not sure|no idea|can't say|cannot say|can't tell)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnowing();

    /// <summary>A plain no: "no", "no on that one", "no to that".</summary>
    [GeneratedRegex(@"^no\b(?:,? (?:on|to|for) (?:that|this|it)(?: one)?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNo();

    /// <summary>An answer that opens with no or not and has no verb of its own: "No for next year.", "Not next year, unless …".</summary>
    [GeneratedRegex(@"^(?:no|not|nope)\b(?![^,.]*\b(?:is|are|was|were|will|won't|can't|goes|stays|gets)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Fragment();

    [GeneratedRegex(@"^(?:(?:so|and|okay|ok|sorry)[,\s]+)*(?:can|could|may) I (?:ask|raise|add|say|jump in|come in|go first)\b|\bany (?:other )?(?:questions|business)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FloorQuestion();
}
