using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences worth keeping as facts: figures with units or percentages, who owns/runs/leads/covers what,
/// dates of events, status changes, requirements and risks. Numbers that only count the meeting's own
/// things (agenda points, slides, minutes left), times of day, page numbers and counts that point back
/// ("those four accounts") are not figures; hedged, hypothetical and "let's" sentences are not facts.
/// </summary>
internal static partial class FactRules
{
    public static bool IsFact(string cleaned)
    {
        if (cleaned.EndsWith('?') || cleaned.Split(' ').Length < 4)
        {
            return false;
        }

        // The cheap positive rules first: most sentences hold none, and then the noise rules never run.
        var stated = HasFigure(cleaned) || EventDate().IsMatch(cleaned);

        // "He owns it too", "Both are must-haves": a continuation, only worth keeping beside what it continues.
        stated = stated || (!StartsWithPronoun(cleaned) && (Role().IsMatch(cleaned) || Status().IsMatch(cleaned) || Risk().IsMatch(cleaned)));
        return stated && !IsNoise(cleaned);
    }

    /// <summary>Hedged, hypothetical, a proposal, or talk about the meeting itself: never a fact, whatever it counts.</summary>
    public static bool IsNoise(string cleaned) =>
        Hedge().IsMatch(cleaned) || Hypothetical().IsMatch(cleaned) || VagueCount().IsMatch(cleaned) || SmallTalk.IsMeetingTalk(cleaned);

    /// <summary>A figure about the business, once the meeting's own counts, clock times and back-references are set aside.</summary>
    public static bool HasFigure(string cleaned)
    {
        static bool Any(string t) => Figure().IsMatch(t) || SpokenFigure().IsMatch(t) || Thousands().IsMatch(t);
        return Any(cleaned) && Any(NotAFigure().Replace(cleaned, " "));
    }

    /// <summary>The sentence's subject points back (he, it, they, both, their…) to something said just before.</summary>
    public static bool StartsWithPronoun(string cleaned) => Pronoun().IsMatch(cleaned);

    /// <summary>The names a role statement is about ("Tom runs…, and Dana is our procurement lead" → Tom, Dana).</summary>
    public static IReadOnlyList<string> RoleHolders(string cleaned) => Role().Matches(cleaned).Select(m => m.Groups["name"].Value).ToList();

    public static bool HasEventDate(string cleaned) => EventDate().IsMatch(cleaned);

    public static string Clean(string cleaned) => DecisionRules.Clean(cleaned);

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,.]*\s?(?:[kmb]|million|billion|thousand)?\b|\b\d[\d,.]*\s?(?:%|percent|x\b|k\b|m\b|tb|pb|gb|mb|gbps|ms|(?:[a-z]+ )?[a-z]{2,}s\b|(?:million|billion|thousand|hundred)\b|[a-z]+ (?:per|a) [a-z]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:" + NumberWords.Pattern + @")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per cent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?|dollars?|euros?|pounds?|million|billion|thousand|hundred|times (?:faster|slower|more|less|larger|bigger|smaller|cheaper|higher|lower)|(?:[a-z]+ )?(?:offers?|customers?|users?|deals?|nodes?|gpus?|servers?|clusters?|sites?|regions?|people|engineers?|licen[cs]es?|seats?|accounts?|requirements?|issues?|tickets?|bugs?|units?|teams?|partners?|projects?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenFigure();

    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+\b")]
    private static partial Regex Thousands();

    /// <summary>Clock times, page and slide numbers, counts of the meeting's own things, and counts that point back.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)(?!\w)|\b\d{1,2}:\d{2}\b|\b(?:slide|page|section|item|point|line|step|chapter|question|number|option|tab|row|column|figure|table)s?\s+(?:\d+|" + NumberWords.Pattern + @")\b|\b(?:those|these|the other|all|both of (?:the|those|these))\s+(?:\d+|" + NumberWords.Pattern + @")\b|\b(?:\d+|" + NumberWords.Pattern + @"|a couple of|a few)\s+(?:(?:more|quick|other|short|main|big|key|small|last)\s+)?(?:things|items|points|questions|slides|pages|topics|bullets|comments|updates|guys|folks|times(?!\s+(?:faster|slower|more|less|larger|bigger|smaller|cheaper|higher|lower))|minutes (?:left|over|late|early|to go)|minute break)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAFigure();

    [GeneratedRegex(@"\b(?:maybe|perhaps|probably|possibly|might|could|would|i think|i guess|i suppose|i believe|i'm not sure|not sure|i don't know|no idea|i'd say|roughly guess)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:(?:so|and|but|well|okay|ok),?\s+)?(?:if|suppose|supposing|imagine|assuming|unless|what if|say we|let's|let us|give me|remind me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:\d+|" + NumberWords.Pattern + @")\s+or\s+(?:\d+|" + NumberWords.Pattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueCount();

    [GeneratedRegex(@"^(?:(?:so|and|but|also|yeah|yes|okay|ok),?\s+)?(?:he|she|it|they|this|that|these|those|both|their|its|his|her)(?:'s|'re|'ll)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?!(?:He|She|It|They|This|That|There|We|I|You|Who|What|Which)\b)(?<name>(?-i:\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?)|(?:[Oo]ur|[Tt]heir) [a-z]+ team)(?: already| also| currently| still)? (?:runs|owns|leads|manages|heads|covers|handles|is responsible for|is in charge of|reports to|is (?:our|the|their) (?:[a-z]+ ){0,3}(?:lead|manager|owner|director|head|champion|sponsor|architect|contact|buyer|decision maker|engineer|vp|cto|ceo|cfo))\b")]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(?:by|on|in|before|until|starting|from|at|of) (?:the )?(?:end of )?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12])\b|\b(?:deadline|go-live|launch|kickoff|kick-off|conference|summit|offsite|renewal) (?:is|was|will be|on|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventDate();

    [GeneratedRegex(@"\b(?:is|are|went|goes|going) live\b|\b(?:launched|shipped|signed|released|closed|approved|rejected|failed validation|is blocked|are blocked|is blocking|in flight|in production|went out|is missing|are missing|must-haves?|requirements? (?:is|are)|(?:is|are) (?:done|finished|complete|completed|on track|behind schedule|delayed|slipping)|has slipped|failed (?:twice|again|\w+ times)|(?:must|has to|have to) be (?:[a-z]+(?:ed|en)|kept|held|made|done|sent|paid|built|set|run|met|sold|shown|given))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    [GeneratedRegex(@"\b(?:risks?|blockers?|concerns?|worried|at risk|showstopper|deal[- ]breaker|churn|escalat(?:ed|ion)|outage|won't move forward|competitor|competing|(?:the|one|main|only|big|biggest) (?:\w+ )?problem (?:is|was))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Risk();
}
