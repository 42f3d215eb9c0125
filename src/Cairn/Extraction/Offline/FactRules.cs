using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences worth keeping as facts: figures with units or percentages, who owns/runs/leads/covers what,
/// dates of events, status changes, requirements and risks.
/// </summary>
internal static partial class FactRules
{
    public static bool IsFact(string cleaned)
    {
        if (cleaned.EndsWith('?') || cleaned.Split(' ').Length < 4)
        {
            return false;
        }

        return Figure().IsMatch(cleaned) || SpokenFigure().IsMatch(cleaned) || Role().IsMatch(cleaned) || EventDate().IsMatch(cleaned)
            || Status().IsMatch(cleaned) || Risk().IsMatch(cleaned);
    }

    public static string Clean(string cleaned) => DecisionRules.Clean(cleaned);

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,.]*\s?(?:[kmb]|million|billion|thousand)?\b|\b\d[\d,.]*\s?(?:%|percent|x\b|k\b|m\b|tb|pb|gb|gbps|ms|[a-z]{2,}s\b|(?:million|billion|thousand|hundred)\b|[a-z]+ (?:per|a) [a-z]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:" + NumberWords.Pattern + @")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per cent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?|dollars?|euros?|pounds?|million|billion|thousand|hundred|(?:[a-z]+ )?(?:offers?|customers?|users?|deals?|nodes?|gpus?|servers?|clusters?|sites?|regions?|people|engineers?|licen[cs]es?|seats?|accounts?|requirements?|issues?|tickets?|bugs?|units?|teams?|partners?|projects?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenFigure();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?: [A-Z][\w'-]+)? (?:runs|owns|leads|manages|heads|covers|handles|is responsible for|is in charge of|reports to|is (?:our|the|their) (?:[a-z]+ ){0,3}(?:lead|manager|owner|director|head|champion|sponsor|architect|contact|buyer|decision maker|engineer|vp|cto|ceo|cfo))\b")]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:by|on|in|before|until|starting|from|at|of) (?:the )?(?:end of )?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12])\b|\b(?:deadline|go-live|launch|kickoff|kick-off|conference|summit|offsite|renewal) (?:is|was|will be|on|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventDate();

    [GeneratedRegex(@"\b(?:is|are|went|goes|going) live\b|\b(?:launched|shipped|signed|released|closed|approved|rejected|failed validation|is blocked|are blocked|is blocking|in flight|in production|went out|is missing|are missing|must-haves?|requirements? (?:is|are))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    [GeneratedRegex(@"\b(?:risks?|blockers?|concerns?|worried|at risk|showstopper|deal[- ]breaker|churn|escalat(?:ed|ion)|outage|won't move forward|competitor|competing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Risk();
}
