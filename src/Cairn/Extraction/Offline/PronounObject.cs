using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// "We still need the signed order form. Could you send it over?": a task whose object is "it" or "that" takes the
/// thing the same speaker named as needed or asked for in the sentence just before ("One thing is missing: the
/// success criteria. Could you add it?").
/// </summary>
internal static partial class PronounObject
{
    public static string Resolve(string clause, string? previous)
    {
        if (previous is null || PointsBack().Match(clause) is not { Success: true } m || Needed().Matches(previous) is not { Count: > 0 } things)
        {
            return clause;
        }

        var thing = things[^1].Groups["thing"].Value;
        return clause[..m.Groups["pronoun"].Index] + thing + clause[(m.Groups["pronoun"].Index + m.Groups["pronoun"].Length)..];
    }

    [GeneratedRegex(@"^[a-z]+(?: [a-z]+)? (?<pronoun>it|that|this|them)\b(?! (?:is|was|will|would|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:need|needs|want|wants|waiting for|waiting on|missing|require|requires|asked for|asking for|ask for|owe|owes|owed)(?:\s*:)?\s+(?<thing>(?:the|your|our|their|a|an)\s+[\w-]+(?:\s+(?!(?:by|before|for|from|to|on|in|at|with|so|and|but|because|if|when|is|was|yet|again)\b)[\w-]+){0,5})", RegexOptions.IgnoreCase)]
    private static partial Regex Needed();
}
