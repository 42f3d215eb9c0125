using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// How a group settles something in conversation rather than in one sentence: a proposal ("I think we
/// should…", "what if we…") that another speaker agrees to, and anaphoric settling ("that's what we'll do")
/// that points back at the proposal.
/// </summary>
internal static partial class AgreementRules
{
    /// <summary>
    /// "I think we should drop it", "what if we do the list first?", "let's use the rubber case", and a summing-up "So
    /// we'll scope an on-prem deployment", "So we'll scope SSO with…" (not meeting logistics: "so we'll talk next week").
    /// </summary>
    public static bool IsProposal(string cleaned) =>
        (Proposal().IsMatch(cleaned) || SummedUpPlan().IsMatch(cleaned)) && !NotAProposal().IsMatch(cleaned) && cleaned.Split(' ').Length >= 5;

    /// <summary>A short turn that accepts what was just said: "yeah, that works", "agreed", "fine by me", "I can live with that", "I could support that".</summary>
    public static bool IsAgreement(string cleaned) =>
        cleaned.Split(' ').Length <= 8 && Agreement().IsMatch(cleaned) && !Disagreement().IsMatch(cleaned);

    /// <summary>A reply that pushes back: "no", "but…", "I don't think so", "not sure".</summary>
    public static bool IsDisagreement(string cleaned) => Disagreement().IsMatch(cleaned);

    /// <summary>"That's what we'll do", "let's do that", "we'll go with that": settles whatever was proposed before.</summary>
    public static bool IsAnaphoricSettle(string cleaned) => AnaphoricSettle().IsMatch(cleaned) || BareSettle().IsMatch(cleaned);

    /// <summary>"That's decided.", "That's the decision.", "Settled.", "Everybody's agreed.", "Let's lock that in.", "That's the rule now.": the content is what was said just before.</summary>
    public static bool IsBareSettle(string cleaned) => BareSettle().IsMatch(cleaned);

    /// <summary>
    /// "(Just to recap,) are we all happy with shipping dark mode after retention?", "With that change, are we happy to approve
    /// the minutes?": what the room settles if it says yes ("We agreed on …", "We agreed to approve the minutes"), else null.
    /// </summary>
    public static string? Confirmation(string cleaned) =>
        ConfirmationQuestion().Match(cleaned) is { Success: true } m
            ? (m.Groups["to"].Success ? "We agreed to " : "We agreed on ") + m.Groups["what"].Value.Trim()
            : null;

    /// <summary>"Any objections to a two-week freeze before launch?": what the room is asked not to oppose, else null.</summary>
    public static string? ObjectionCall(string cleaned) =>
        ObjectionQuestion().Match(cleaned) is { Success: true } m ? m.Groups["what"].Value.Trim() : null;

    /// <summary>
    /// "Anyone against that?", "Any objections?", "Is anybody against?": the room asked to object, with no object named
    /// (what it settles is said around it; <see cref="DecisionExtractor"/>).
    /// </summary>
    public static bool IsOpenObjectionCall(string cleaned) => OpenObjectionCall().IsMatch(cleaned);

    /// <summary>"No?", "Nobody?", "…", "Okay.": the caller checking the silence after an objection call; it says nothing itself.</summary>
    public static bool IsSilenceCheck(string cleaned) => cleaned.Length == 0 || SilenceCheck().IsMatch(cleaned);

    /// <summary>
    /// The caller closing an unopposed call: "Okay, that's done then.", "Settled.", "Two-sided screen, done.": null when
    /// the sentence is no close; else what it names before the close ("Two-sided screen"), or empty when it names nothing.
    /// </summary>
    public static string? Close(string cleaned) =>
        CloseMark().Match(cleaned) is { Success: true } m ? m.Groups["what"].Value.Trim() : null;

    /// <summary>
    /// "So, I try to summarise.", "To recap: …", "Let me sum up.": a speaker about to restate what the meeting settled. Null
    /// when the sentence opens no recap; else what it says after the marker (often nothing: the recap follows).
    /// </summary>
    public static string? RecapOpening(string cleaned) =>
        SpokenRecap().Match(cleaned) is { Success: true } m ? m.Groups["rest"].Value.Trim() : null;

    /// <summary>"No.", "None.", "Not from me.": the answer to "any objections?" that lets it stand.</summary>
    public static bool IsNoObjection(string cleaned) => NoObjection().IsMatch(cleaned);

    /// <summary>The proposal as a statement: "I think we should drop it" → "We should drop it"; "let's write it as: X" → "X".</summary>
    public static string Statement(string cleaned) => Lead().Replace(Drafted().Replace(FillerWords.TrimOpeners(cleaned), string.Empty), "we ").TrimEnd('?');

    /// <summary>
    /// "Then, yes.", "Fine.", "I can live with that.", "The 9th, yes.": giving way in a negotiation, before the terms
    /// given way to are said (<see cref="IsTerms"/>). A plain "Yes." or "Okay." answers anything, so is none.
    /// </summary>
    public static bool IsConcession(string cleaned) => Concession().IsMatch(cleaned);

    /// <summary>
    /// Terms as a negotiation states them once agreed: short, no question, no one speaking of themselves or others, no
    /// auxiliary, no pointing ("that's") and no "but" ("Twelve percent off, two-year term.", "First delivery on March 9th for all three sites."; not "Lisbon
    /// was lovely", "Fifteen percent sounds high to me", "I'll book the flights").
    /// </summary>
    /// <param name="shortest">Fewest words; a term said back word for word ("Oak stays.") may be two.</param>
    public static bool IsTerms(string cleaned, int shortest = 3)
    {
        var words = cleaned.Split(' ').Length;
        return words >= shortest && words <= 25 && !cleaned.Contains('?') && !NotTerms().IsMatch(cleaned);
    }

    [GeneratedRegex(@"^(?:(?:so|okay|ok|then|right)[,\s]+)*let's (?:write|put|word|phrase) it (?:as|like this|like so)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Drafted();

    [GeneratedRegex(@"^(?:(?:okay|ok|so|well|alright|right|good)[,.\s]+)*(?:then,? yes|yes,? then|fine|deal|agreed|okay,? then|(?:I|we) can live with (?:that|it)|that's acceptable|we can (?:do|accept) (?:that|it)|(?:the |on )?[\w-]+,? yes)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Concession();

    [GeneratedRegex(@"\b(?:I|I'm|I'd|I'll|I've|me|my|we|we're|we'll|we've|us|our|you|you're|you'll|your|they|they're|them|their|he|she|it|it's|is|are|was|were|be|been|will|would|can|could|should|do|does|did|have|has|had|may|might|must|let's|that's|there's|here's|though|but|rather|hmm|actually)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTerms();

    [GeneratedRegex(@"\b(?:I think we should|I think we(?:'ll| will) (?:go|have|use|keep|stick)|we should (?:go|have|use|keep|stick|drop|make|put|do|include|add|leave)|I'd (?:say|suggest) we|I (?:suggest|propose) (?:we|that we)|I(?:'d| would)? recommend (?:that )?we|my (?:recommendation|suggestion|proposal) is (?:to|that we)|why don't we|what if we|how about (?:we|using|having|a|an|the)|let's (?:use|have|make|put|do|keep|drop|include|add|leave|try)\b|let's (?:park|shelve|defer|postpone|hold off on) (?:the|this|that|it|these|those|our|[\w-]+ (?:until|till|for now))\b|let's (?:write|word|phrase) it (?:as|like this|like so)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"^(?:(?:so|then|okay|ok|alright|right)[,\s]+)+we(?:'ll| will) (?!(?:have|talk|discuss|meet|see|look|go over|go through|get back|circle back|take a|continue|wrap|start with|begin|break|reconvene|catch up|sync|need|be|try|probably|maybe|ask|check|find out|follow up)\b)[a-z]+ (?:an?|the|our|it|them|with|on|to|(?-i:\p{Lu})[\w-]*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummedUpPlan();

    [GeneratedRegex(@"\b(?:should we (?:talk|discuss|start|move|go through)|do (?:this|that|it) (?:now|later|first)|(?:talk|discuss|look|go through|start|move on|wrap up|have a (?:look|break|quick))\b.*\b(?:now|today|later|next)\b|let's (?:do|have) (?:a|the) (?:break|round|quick|intro|introductions?|look)|let's not|let's keep (?:it|this|things) (?:short|brief|quick|tight)|we should (?:now|all|discuss|talk|start|group|move|go|look|think|decide|have a)|we should (?:\w+ )?(?:discuss|talk about|look at|think about)|vote|show of hands|hands up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAProposal();

    [GeneratedRegex(@"^(?:(?:yeah|yes|yep|yup|okay|ok|right|sure|good|great|fine|cool|perfect|exactly|definitely|absolutely|alright|all right)\b[,.!\s]*)*(?:agreed|that works|works for me|sounds good|sounds fine|sounds great|fine by me|good idea|I like that|I like it|I agree|makes sense|(?:I|we) (?:can|could) (?:live with|support) (?:that|it|this)|that's (?:good|fine|great|a good idea|right)|let's do (?:it|that)|go for it|why not|yeah|yes|yep|okay|sure|fine|definitely|absolutely|exactly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:no|not sure|don't think|don't know|disagree|but|hmm|wait|actually|not really|I'm not|rather)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disagreement();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|alright|yeah|good)[,.\s]+)*(?:that's what we(?:'ll| will| are going to| are gonna|'re gonna|'re going to)? (?:do|go with|go for)|that's what we're (?:doing|going with|going for)|that's the plan|let's do that|let's go (?:with|for) (?:that|it|this)|we(?:'ll| will) (?:do|go with|go for) (?:that|it|this)|that's settled|settled then)(?:,?\s+(?:then|now|for now|guys|everyone|okay|I think))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricSettle();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|good|great|fine|perfect)[,.\s]+)*(?:that's (?:decided|the decision|final|settled|agreed)|that is (?:decided|the decision|final|settled)|it's (?:decided|settled|final)|(?:decided|settled|done deal)(?: then)?|(?:we|every(?:one|body))(?:'ve|'s| have| has)? (?:all )?(?:agreed|decided)(?: then)?|let's lock (?:that|it|this) in|that's (?:the|our) (?:new )?(?:rule|policy|process)(?: now| from now on| going forward)?)(?:,?\s*(?:then|now|for now))?(?:,\s*(?:the |our )?[\w'-]+ (?:confirmed|signed off|said so|agreed)(?: (?:it|that|this))?(?: (?:this morning|today|yesterday|earlier|last night))?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareSettle();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and)[,\s]+)*(?:(?:just )?to (?:recap|sum up|confirm|wrap up)(?: on)?[,:]?\s+|(?:[\w'-]+ ){0,3}[\w'-]+,\s+)?(?:are we (?:all )?(?:happy|ok|okay|good|fine|comfortable) (?<to>to)|are we (?:all )?(?:happy|ok|okay|good|fine|comfortable|agreed|aligned) (?:with|on|about)|is every(?:one|body) (?:happy|ok|okay|good|fine|comfortable) (?:with|about)|do we (?:all )?agree (?:on|with)|every(?:one|body)(?:'s)? (?:happy|ok|okay|good) (?:with|about)|can we agree on|we(?:'re| are) (?:all )?(?:happy|agreed|good) (?:with|on)) (?<what>[^?]{6,})\?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmationQuestion();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and)[,\s]+)*(?:are there )?any objections? (?:to|with|against) (?<what>[^?]{6,})\?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectionQuestion();

    [GeneratedRegex(@"^(?:no|nope|none|not from me|none from me|no objections?(?: from me| here)?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoObjection();

    /// <summary>
    /// "I try to summarise." / "Let me recap:" end the sentence or take a colon ("I'll summarise the notes" is a task); "To
    /// recap, …", "In summary, …", "Summing up: …" take any break.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and|alright|well)[,.\s]+)*(?:(?:I|let me)(?: just)?(?: try to| quickly)? (?:summari[sz]e|recap|sum up|sum it up)(?: then)?\s*(?:[.!]\s*$|:\s*(?<rest>.*)$)|(?:to (?:summari[sz]e|recap|sum up|sum it up)|in summary|summing up|(?:a )?quick recap)\b(?: then)?\s*[,:.;-]?\s*(?<rest>.*)$)", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenRecap();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and|good)[,.\s]+)*(?:(?:is|are) )?(?:(?:there )?any objections?|(?:does )?any(?:one|body) (?:against|object|opposed)(?: (?:to )?(?:that|it|this))?|objections)\W*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenObjectionCall();

    [GeneratedRegex(@"^(?:(?:\.{2,}|…|no|nobody|none|no one|nothing|no objections?|okay|ok|good|right|great)[,.!?…\s]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex SilenceCheck();

    [GeneratedRegex(@"^(?:(?:okay|ok|right|good|great|so|then|fine)[,.!\s]+)*(?:(?<what>[^,.;?]*[\w)]),\s*)?(?:(?:that's|that is|it's|it is) )?(?:done|settled|agreed|carried|decided)(?: then)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CloseMark();

    [GeneratedRegex(@"^(?:(?:and|so|well)[,\s]+)*(?:(?:I think|I'd say|I'd suggest|I suggest|I propose|I(?:'d| would)? recommend)(?: that)?\s+we|my (?:recommendation|suggestion|proposal) is (?:to|that we)|what if we|why don't we)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
