using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Finds the sentences that commit someone to do something: first-person commitments, requests,
/// third-party commitments and explicit markers. Talk about the meeting itself ("let me share my screen",
/// "can you hear me") is not a task.
/// </summary>
internal static partial class ActionItemRules
{
    private static readonly HashSet<string> MeetingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "say", "tell", "admit", "bet", "start", "begin", "wait", "stop", "pass", "hand", "turn", "introduce", "explain",
        "repeat", "answer", "summarize", "summarise", "recap", "show", "think", "see", "guess", "mention", "note", "hear", "let",
        "know", "leave", "assume", "agree", "disagree", "go", "come", "move", "jump", "keep", "continue", "stay", "understand",
        "clarify", "imagine", "suppose", "remember", "read", "speak", "talk", "pretend", "like", "love", "want", "need", "hope",
        "try", "do", "look", "give", "put", "take", "walk", "draw", "pick", "play", "say,", "sit", "use", "open", "close", "click",
        "describe", "present", "finish", "wrap", "stick", "ask", "list", "plug", "hook", "switch", "scoot", "rub", "approach", "sketch",
        "meet",
    };

    // Showing or presenting something is a task when it is for the next meeting ("next time, Priya will walk us through the dashboards").
    private static readonly HashSet<string> PresentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "show", "present", "walk", "explain", "talk", "bring", "come", "demo", "report", "tell", "summarize", "summarise", "recap",
    };

    private static readonly HashSet<string> TaskDespiteVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "give", "put", "take", "look", "use", "present", "finish", "do", "ask", "talk", "go", "move", "try", "keep", "think", "meet", "open",
    };

    // A meeting verb with this particle names work ("pick up the load testing", "come up with a concept", "speak to legal").
    private static readonly HashSet<string> WorkPhrasal = new(StringComparer.OrdinalIgnoreCase)
    {
        "pick up", "come up", "follow up", "look into", "find out", "figure out", "set up", "write up", "sort out", "put together",
        "take on", "take over", "speak to", "speak with", "look after", "check on", "put in",
    };

    public static ActionCandidate? Detect(Sentence sentence, string cleaned)
    {
        // Cheap word checks first: most sentences have no trigger, and the regexes are the cost.
        var best = (Candidate: (ActionCandidate?)null, Position: int.MaxValue);
        if (cleaned.IndexOfAny([':', '-', '–']) >= 0)
        {
            Consider(ref best, Marker().Match(cleaned), CommitmentKind.Marker, sentence, cleaned);
        }

        if (cleaned.Contains("I'", StringComparison.Ordinal) || cleaned.Contains("I ", StringComparison.Ordinal) || cleaned.Contains("et me", StringComparison.Ordinal)
            || cleaned.Contains("appy to", StringComparison.Ordinal) || cleaned.Contains("lad to", StringComparison.Ordinal))
        {
            Consider(ref best, FirstPerson().Match(cleaned), CommitmentKind.FirstPerson, sentence, cleaned);
        }

        if (cleaned.Contains("with me", StringComparison.OrdinalIgnoreCase))
        {
            Consider(ref best, LeaveWithMe().Match(cleaned), CommitmentKind.FirstPerson, sentence, cleaned, "take care of ");
        }

        var you = cleaned.Contains("you", StringComparison.OrdinalIgnoreCase);
        if (you || cleaned.Contains("please", StringComparison.OrdinalIgnoreCase) || cleaned.Contains(" to ", StringComparison.Ordinal)
            || cleaned.Contains("body ", StringComparison.OrdinalIgnoreCase) || cleaned.Contains("one ", StringComparison.OrdinalIgnoreCase))
        {
            Consider(ref best, Request().Match(cleaned), CommitmentKind.Request, sentence, cleaned);
        }

        if (you)
        {
            // "You'll have the results by Wednesday" promises a delivery: the speaker's task, weighed before "you'll" as a request.
            Consider(ref best, YouWillReceive().Match(cleaned), CommitmentKind.FirstPerson, sentence, cleaned, "send ");
            // "If you're going to buy a TV, you're going to expect…" is a condition, not an assignment.
            if (SecondPerson().Match(cleaned) is { Success: true } second && !Conditional().IsMatch(cleaned[..second.Index]))
            {
                Consider(ref best, second, CommitmentKind.Request, sentence, cleaned);
            }
        }

        Consider(ref best, ThirdParty().Match(cleaned), CommitmentKind.ThirdParty, sentence, cleaned);
        if (cleaned.Contains("the ", StringComparison.OrdinalIgnoreCase) || cleaned.Contains("our ", StringComparison.OrdinalIgnoreCase))
        {
            Consider(ref best, RoleThirdParty().Match(cleaned), CommitmentKind.ThirdParty, sentence, cleaned);
        }

        if (cleaned.Contains(',', StringComparison.Ordinal))
        {
            Consider(ref best, Assignment().Match(cleaned), CommitmentKind.Assignment, sentence, cleaned);
        }

        if (best.Candidate is null && cleaned.Contains("should have", StringComparison.OrdinalIgnoreCase))
        {
            Consider(ref best, ShouldHaveBy().Match(cleaned), CommitmentKind.FirstPerson, sentence, cleaned);
        }

        return best.Candidate;
    }

    private static void Consider(ref (ActionCandidate? Candidate, int Position) best, Match m, CommitmentKind kind, Sentence sentence, string cleaned, string verb = "")
    {
        if (!m.Success || m.Index >= best.Position)
        {
            return;
        }

        var clause = verb + WithPartner(m.Groups["clause"].Value.Trim(), m.Groups["partner"]);
        if (!IsTask(clause, kind, NextMeeting().IsMatch(cleaned)) || (kind == CommitmentKind.Request && WhQuestion().IsMatch(cleaned[..m.Index])))
        {
            return;
        }

        var name = m.Groups["name"].Success ? m.Groups["name"].Value : null;
        best = (new ActionCandidate(kind, clause, sentence, name), m.Index);
    }

    /// <summary>"Can you and Tom pair on the integration" → "pair with Tom on the integration" (or "… with Tom" at the end).</summary>
    private static string WithPartner(string clause, Group partner)
    {
        if (!partner.Success)
        {
            return clause;
        }

        var m = VerbThenPreposition().Match(clause);
        return m.Success ? clause[..m.Groups["verb"].Length] + " with " + partner.Value + clause[m.Groups["verb"].Length..] : clause + " with " + partner.Value;
    }

    /// <summary>Whether a clause names work to do rather than talk about the meeting.</summary>
    internal static bool IsTask(string clause, CommitmentKind kind, bool forNextMeeting = false)
    {
        var words = Words().Matches(Obligation().Replace(clause, string.Empty)).Select(w => w.Value).ToList();
        if (words.Count < 2 || NotATask().IsMatch(clause))
        {
            return false;
        }

        var at = words[0] is "be" && Verbs.IsGerund(words[1]) ? 1 : 0;
        var verb = Verbs.Base(words[at]);
        var phrasal = at + 1 < words.Count && WorkPhrasal.Contains(verb + " " + words[at + 1].ToLowerInvariant()) && !InMeeting().IsMatch(clause);
        if (MeetingVerbs.Contains(verb) && !phrasal && !(TaskDespiteVerb.Contains(verb) && words.Count >= 4 && !InMeeting().IsMatch(clause))
            && !(forNextMeeting && PresentVerbs.Contains(verb) && words.Count >= 4))
        {
            return false;
        }

        return kind == CommitmentKind.Marker || words.Count >= 3 || !Vague().IsMatch(clause);
    }

    [GeneratedRegex(@"^(?:action items?|next steps?|to-?dos?|follow[- ]ups?|takeaways?|ai)\s*[:\-–]\s*(?:(?<name>[A-Z][a-z]+(?: [A-Z][\w'-]+)?)(?: to| will|:)\s+)?(?<clause>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?i:and|so|then|but|yes|yeah|sure|okay|ok|today|tomorrow|tonight|now|first|next|later|afterwards|meanwhile|also)\s+|\bdo is\s+)(?:I(?:'ll| will| shall|'m going to| am going to|'m gonna| am gonna| can take care of| will take care of| need to| have to|'ll need to|'ll have to|'ll try to|'ll make sure to)|[Ll]et me|(?:I'm |I am |I'd be |I would be )?(?:[Hh]appy|[Gg]lad) to)\s+(?<clause>[a-z].*)$")]
    private static partial Regex FirstPerson();

    /// <summary>"Leave the quote with me": the speaker takes it on ("leave it with me" names nothing: it only accepts a request).</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|so|then|yes|yeah|sure|okay|ok)\s+)[Ll]eave (?<clause>(?:the|your|our)\b[^,;]*?) with me\b")]
    private static partial Regex LeaveWithMe();

    /// <summary>"You'll have the results by Wednesday", "you'll get it from me": what the speaker sends.</summary>
    [GeneratedRegex(@"\byou(?:'ll| will) (?:have|get) (?<clause>(?:it|them|those|these|the|my|our)\b(?:\s+[\w-]+){0,5}?(?=\s+(?:by|before|from me|first thing|tomorrow|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday)|this (?:week|afternoon|evening)|next|well before|in (?:a|an|the|\w+) (?:hour|day|week)s?)\b).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YouWillReceive();

    [GeneratedRegex(@"^(?<verb>[a-z]+)(?=\s+(?:on|at|through|over|into|about|up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenPreposition();

    [GeneratedRegex(@"\b(?:would you mind|(?:can|could|would|will) you(?: and (?<partner>[A-Z][a-z]+))?(?: please)?(?: guys| all| both| two)?|(?:would|will) it be possible (?:for (?:you|your team|you guys|you two|you both) )?to|(?:is there )?any chance you (?:can|could)|do you think you (?:can|could)|(?:I was|I'm) wondering (?:if|whether) you (?:can|could|would)|are you able to|(?:can|could|would) (?:someone|somebody|anyone|anybody|one of you)(?: please)?|please|if you (?:can|could)|I(?:'d| would) (?:like|love) (?:you|you guys|you all|you two|you both) to|I (?:need|want) (?:you|you guys|you all|you two|you both) to|make sure you|be sure to|don't forget to)\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:you(?:'ll| will)(?: need to| have to)?|you need to|you have to|you should|you(?:'re| are) (?:going to|gonna)(?: be)?|your job is to|you're in charge of)\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"(?:^|[,;:]\s+|(?<![A-Z][a-z]+ )\band\s+|\b(?:[Ss]o|[Tt]hen|[Nn]ow|[Mm]eanwhile)\s+)(?:[Tt]he |[Oo]ur )?(?!We (?:have )?(?:agreed|offered|volunteered|promised)\b)(?<name>[A-Z][a-z]+(?: [A-Z][\w'-]+){0,2})(?: will| is going to|'s going to|'ll|(?: has| have)? (?:agreed|offered|volunteered|promised) to| needs to| is gonna| said (?:he|she|they)'ll)\s+(?<clause>[a-z].*)$")]
    private static partial Regex ThirdParty();

    [GeneratedRegex(@"(?:^|[,;:]\s+|\band\s+)(?:the|our) (?<name>[a-z]+(?: [a-z]+){0,2}) (?:will|is going to|'s going to|is gonna|'s gonna|'ll|needs to)(?: be)?\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleThirdParty();

    [GeneratedRegex(@"^(?:(?:and|so|okay|ok|now|then|right)[,\s]+)*(?:for|to) (?:the |our )?(?<name>[A-Za-z]+(?: [A-Za-z]+){0,2}),\s*(?<clause>(?:the|a|an|some|more|all)\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\bI should (?<clause>have (?:a|an|the|my|this|that|it|them|those|these|some)\b.*\b(?:by|before|until|on) (?:the )?(?:end of |next |this )?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|eod|cob|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldHaveBy();

    [GeneratedRegex(@"\b(?:next time|next meeting|for next time|for the next meeting|at the next meeting|in the next meeting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"^(?:(?:have|need|got) to|be able to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"[\w'-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:if|unless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:what|how|where|why|when|which|who|whether)\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^(?:let me know|know|hear|see (?:my|the) screen|share (?:my|the) screen|repeat|say that again|be there|be on|be out|be back|be honest|be quick|be brief|do that for you|see you|talk (?:to you )?(?:soon|later|then)|catch you|go first|go ahead$|take (?:a )?(?:notes?|minutes) (?:now|today)|turn it over|hand (?:it )?over|pass it|stop sharing|move on|talk about|go over|go into|get to (?:that|it|this)|get it out|(?:we|I|you|it's|there|that's)\b|(?:give it|go for) an? (?:one|two|three|four|five|six|seven|zero)\b)|\b(?:right now|at the moment|in this meeting|in (?:a|one) (?:second|moment|minute)|in my presentation|powerpoint|whiteboard)\b|(?:^|\b(?:the|this|that|these|those|my|our|your|next|previous|last|first|a|few|some|of|to|on|in|one|two|three|four|five)\s+)slides?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    [GeneratedRegex(@"\b(?:now|here|this slide|the slide|the screen|the board|the whiteboard|my screen|on the screen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InMeeting();

    [GeneratedRegex(@"^(?:\w+ )?(?:it|that|this|so|them|those)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}
