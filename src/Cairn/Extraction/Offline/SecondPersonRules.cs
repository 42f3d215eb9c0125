using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// What is said to "you": work put to the listener ("you'll need to renew the licence", "your job is to find out…"),
/// or not: how things work for anyone ("you have to push it twice"), what the listener will receive, see or feel
/// ("you'll get a link"), and what the speaker will send ("you'll have the results by Wednesday").
/// </summary>
internal static partial class SecondPersonRules
{
    internal const string YouWillReceivePhrases = "you'll have|you will have|you'll get|you will get";

    /// <summary>"Get the contract signed", "have it approved": a state someone brings about, so "you'll get X signed" is work, not receiving.</summary>
    private const string CausedState = "done|signed|sorted|fixed|approved|finished|reviewed|started|ready";

    internal const string ObligationPhrases =
        "you need to|you have to|you just have to|you've got to|you have got to|you gotta";

    internal const string SecondPersonPhrases =
        "you'll need to|you'll have to|you'll|you will need to|you will have to|you will|you need to|you have to|you should|" +
        "you're going to be|you're going to|you're gonna be|you're gonna|you are going to be|you are going to|you are gonna be|you are gonna|" +
        "your job is to|you're in charge of";

    /// <summary>Said to "you" as work to do: not under a condition ("if you're going to buy a TV…"), not of anyone.</summary>
    internal static bool PutToYou(string cleaned, Match m) => !ActionItemRules.Conditional().IsMatch(cleaned[..m.Index]) && !IsGenericYou(cleaned, m);

    /// <summary>
    /// "You have to push back on the AE sometimes, right?", "you have to push it twice": an obligation said of anyone.
    /// It is generic when the sentence says so ("sometimes", "always", a ", right?" tag) or points at "it" with no when.
    /// </summary>
    private static bool IsGenericYou(string cleaned, Match m)
    {
        var trigger = cleaned[m.Index..m.Groups["clause"].Index].Trim();
        // "The most beautiful land you'll find anywhere": a superlative before "you'll" speaks of anyone.
        if (Superlative().IsMatch(cleaned[..m.Index]))
        {
            return true;
        }

        // "You're gonna be a little disappointed", "you'll be fine": a state "you" will be in is a prediction, not an
        // assignment; "you're going to be running the pilot" and "… responsible for the shortlist" are work.
        if (trigger.EndsWith(" be", StringComparison.OrdinalIgnoreCase) && !BeingDoes().IsMatch(m.Groups["clause"].Value))
        {
            return true;
        }

        return ObligationTrigger().IsMatch(trigger)
            && (GenerallySo().IsMatch(cleaned) || (ActionItemRules.PronounObject().IsMatch(m.Groups["clause"].Value) && !ActionItemRules.When().IsMatch(cleaned)));
    }

    /// <summary>
    /// "You'll get a link", "you will see a banner", "you'll notice the reports load faster", "you'll hate the new
    /// navigation": what comes to the listener or what they will feel,
    /// not what they do ("you'll need to renew…" is; so is "you'll get the contract signed", a thing they have done, and
    /// "you'll get instructions from your coach", which someone sends).
    /// </summary>
    internal static bool Receives(string cleaned, Match m) =>
        PlainYouWill().IsMatch(cleaned[m.Index..m.Groups["clause"].Index]) && ComesToYou().IsMatch(m.Groups["clause"].Value) && !GetItDone().IsMatch(m.Groups["clause"].Value)
        && !FromSomeone().IsMatch(m.Groups["clause"].Value);

    /// <summary>"You'll have the results by Wednesday", "you'll get it from me": what the speaker sends.</summary>
    [GeneratedRegex(@"\b(?:" + YouWillReceivePhrases + @") (?!(?:\S+\s+){1,5}?(?:" + CausedState + @")\b)(?<clause>(?:it|them|those|these|the|my|our)\b(?:\s+[\w-]+){0,5}?(?=\s+(?:by|before|from me|first thing|tomorrow|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday)|this (?:week|afternoon|evening)|next|well before|in (?:a|an|the|\w+) (?:hour|day|week)s?)\b).*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex YouWillReceive();

    [GeneratedRegex(@"\b(?:" + ObligationPhrases + @")\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex ObligationToYou();

    [GeneratedRegex(@"\b(?:" + SecondPersonPhrases + @")\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex SecondPerson();

    /// <summary>A general truth about how things are done, not a task: "sometimes", "always", ", right?".</summary>
    [GeneratedRegex(@"\b(?:sometimes|always|usually|generally|normally|typically|never|every time|in general|each time)\b|,\s*right\s*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenerallySo();

    /// <summary>
    /// A trigger that puts an obligation to "you", now, in the future or as advice ("you have to", "you'll need to", "you
    /// should"): with "sometimes" or a bare "it" it says how things work for anyone.
    /// </summary>
    [GeneratedRegex(@"^(?:" + ObligationPhrases + @"|you(?:'ll| will) (?:need to|have to)|you should)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObligationTrigger();

    [GeneratedRegex(@"\b(?:most|best|worst|only|finest|greatest)\b[^,.;!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    /// <summary>After "you're going to be": doing something ("running the pilot") or holding a charge ("responsible for", "in charge of").</summary>
    [GeneratedRegex(@"^(?:\w+ing\b|responsible\b|in charge\b|on point\b|the (?:owner|lead|point person|one)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeingDoes();

    [GeneratedRegex(@"^\W*(?:and\s+|then\s+)?you(?:'ll| will|'re going to| are going to|'re gonna| are gonna)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainYouWill();

    [GeneratedRegex(@"^(?:get|receive|see|notice|find(?! out)|hear|end up with|realise|realize|hate|enjoy|feel|forget|appreciate|regret|wonder|love|like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComesToYou();

    /// <summary>
    /// "You will get extra instructions from your coach", "… sent to you by Dana": what someone sends is that someone's
    /// task, not how a thing works. A name or a party must follow: "the totals are off by a cent" names no sender.
    /// </summary>
    [GeneratedRegex(@"\b(?:from|by) (?:\p{Lu}\p{Ll}+\b|(?:me|us|him|her|them)\b|(?:(?:the|your|our|their|my|his|her|a|an) )?(?:[\w-]+ ){0,2}(?:coach|team|manager|lead|desk|department|office|admin|support|finance|legal|sales|vendor|partner|person|people|engineer|designer|company|colleague|boss|assistant)(?:e?s)?\b)")]
    private static partial Regex FromSomeone();

    /// <summary>
    /// "get the contract signed", "get your numbers done", "get it done": having a thing done is work. The state comes
    /// after the thing, so "get the revised deck" is receiving a deck.
    /// </summary>
    [GeneratedRegex(@"^get (?:(?:this|that|it|them|those|these)(?: [\w-]+){0,2}|(?:the|your|our|my)(?: [\w-]+){1,3}) (?:\w+ed|" + CausedState + @"|written|sent|built|set up|over the line)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GetItDone();
}
