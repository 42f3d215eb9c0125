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

    /// <summary>The rules in the order they are weighed: the earliest match in the sentence wins, an earlier rule on a tie.</summary>
    internal static readonly IReadOnlyList<ActionRule> Rules =
    [
        new("marker", CommitmentKind.Marker, new(MarkerPhrases), Marker()),
        new("first person", CommitmentKind.FirstPerson, new(FirstPersonPhrases), FirstPerson()),
        new("leave it with me", CommitmentKind.FirstPerson, new(LeaveWithMePhrases), LeaveWithMe(), Verb: "take care of "),
        new("request", CommitmentKind.Request, new(RequestPhrases + "|" + AskPhrases), Request()),

        // "You'll have the results by Wednesday" promises a delivery: the speaker's task, weighed before "you'll" as a request.
        new("you will receive", CommitmentKind.FirstPerson, new(YouWillReceivePhrases), YouWillReceive(), Verb: "send "),

        // "If you're going to buy a TV, you're going to expect…" is a condition, not an assignment.
        new("second person", CommitmentKind.Request, new(SecondPersonPhrases), SecondPerson(), Holds: (s, m) => !Conditional().IsMatch(s[..m.Index])),
        new("third party", CommitmentKind.ThirdParty, new(ThirdPartyPhrases), ThirdParty()),
        new("role third party", CommitmentKind.ThirdParty, new(RoleThirdPartyPhrases), RoleThirdParty()),
        new("assignment", CommitmentKind.Assignment, new(AssignmentPhrases), Assignment()),
        new("commitment with a date", CommitmentKind.FirstPerson, new(ShouldHavePhrases), ShouldHaveBy(), Fallback: true),
    ];

    public static ActionCandidate? Detect(Sentence sentence, string cleaned)
    {
        var best = (Candidate: (ActionCandidate?)null, Position: int.MaxValue);
        foreach (var rule in Rules)
        {
            // The prefilter first: most sentences hold no trigger phrase, and the regexes are the cost.
            if ((rule.Fallback && best.Candidate is not null) || !rule.Triggers.MayMatch(cleaned))
            {
                continue;
            }

            var m = rule.Pattern.Match(cleaned);
            if (m.Success && (rule.Holds is null || rule.Holds(cleaned, m)))
            {
                Consider(ref best, m, rule.Kind, sentence, cleaned, rule.Verb);
            }
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

    // The trigger phrases, as data ('|'-separated literals): each goes into its rule's pattern and its prefilter.
    // Order matters where phrases start alike: the first that lets the pattern match is the one taken.
    private const string MarkerPhrases =
        "action items|action item|next steps|next step|to-dos|to-do|todos|todo|follow-ups|follow-up|follow ups|follow up|takeaways|takeaway|ai";

    private const string FirstPersonPhrases =
        "I'll|I will|I shall|I'm going to|I am going to|I'm gonna|I am gonna|I can take care of|I will take care of|I need to|I have to|" +
        "I'll need to|I'll have to|I'll try to|I'll make sure to|let me|" +
        "I'm happy to|I am happy to|I'd be happy to|I would be happy to|happy to|I'm glad to|I am glad to|I'd be glad to|I would be glad to|glad to";

    private const string LeaveWithMePhrases = "with me";

    /// <summary>Asking "you" directly; these may take a partner and a "please" ("can you and Tom please…").</summary>
    private const string AskPhrases = "can you|could you|would you|will you";

    private const string RequestPhrases =
        "would you mind|" +
        "would it be possible to|would it be possible for you to|would it be possible for your team to|would it be possible for you guys to|" +
        "would it be possible for you two to|would it be possible for you both to|" +
        "will it be possible to|will it be possible for you to|will it be possible for your team to|will it be possible for you guys to|" +
        "will it be possible for you two to|will it be possible for you both to|" +
        "is there any chance you can|is there any chance you could|any chance you can|any chance you could|" +
        "do you think you can|do you think you could|" +
        "I was wondering if you can|I was wondering if you could|I was wondering if you would|" +
        "I was wondering whether you can|I was wondering whether you could|I was wondering whether you would|" +
        "I'm wondering if you can|I'm wondering if you could|I'm wondering if you would|" +
        "I'm wondering whether you can|I'm wondering whether you could|I'm wondering whether you would|" +
        "are you able to|" +
        "can someone please|can somebody please|can anyone please|can anybody please|can one of you please|" +
        "could someone please|could somebody please|could anyone please|could anybody please|could one of you please|" +
        "would someone please|would somebody please|would anyone please|would anybody please|would one of you please|" +
        "can someone|can somebody|can anyone|can anybody|can one of you|" +
        "could someone|could somebody|could anyone|could anybody|could one of you|" +
        "would someone|would somebody|would anyone|would anybody|would one of you|" +
        "please|if you can|if you could|" +
        "I'd like you to|I'd like you guys to|I'd like you all to|I'd like you two to|I'd like you both to|" +
        "I'd love you to|I'd love you guys to|I'd love you all to|I'd love you two to|I'd love you both to|" +
        "I would like you to|I would like you guys to|I would like you all to|I would like you two to|I would like you both to|" +
        "I would love you to|I would love you guys to|I would love you all to|I would love you two to|I would love you both to|" +
        "I need you to|I need you guys to|I need you all to|I need you two to|I need you both to|" +
        "I want you to|I want you guys to|I want you all to|I want you two to|I want you both to|" +
        "make sure you|be sure to|don't forget to";

    private const string YouWillReceivePhrases = "you'll have|you will have|you'll get|you will get";

    private const string SecondPersonPhrases =
        "you'll need to|you'll have to|you'll|you will need to|you will have to|you will|you need to|you have to|you should|" +
        "you're going to be|you're going to|you're gonna be|you're gonna|you are going to be|you are going to|you are gonna be|you are gonna|" +
        "your job is to|you're in charge of";

    /// <summary>What follows a name: "Omar will", "Omar's going to", "Hugo has offered to".</summary>
    private const string ThirdPartyPhrases =
        " will| is going to|'s going to|'ll| has agreed to| has offered to| has volunteered to| has promised to|" +
        " have agreed to| have offered to| have volunteered to| have promised to| agreed to| offered to| volunteered to| promised to|" +
        " needs to| is gonna| said he'll| said she'll| said they'll";

    /// <summary>What follows a role: "the designer is going to".</summary>
    private const string RoleThirdPartyPhrases = "will|is going to|'s going to|is gonna|'s gonna|'ll|needs to";

    private const string AssignmentPhrases = "for|to";

    private const string ShouldHavePhrases = "I should";

    [GeneratedRegex(@"^(?:" + MarkerPhrases + @")\s*[:\-–]\s*(?:(?<name>[A-Z][a-z]+(?: [A-Z][\w'-]+)?)(?: to| will|:)\s+)?(?<clause>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?i:and|so|then|but|yes|yeah|sure|okay|ok|today|tomorrow|tonight|now|first|next|later|afterwards|meanwhile|also)\s+|\bdo is\s+)(?i:" + FirstPersonPhrases + @")\s+(?<clause>[a-z].*)$")]
    private static partial Regex FirstPerson();

    /// <summary>"Leave the quote with me": the speaker takes it on ("leave it with me" names nothing: it only accepts a request).</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|so|then|yes|yeah|sure|okay|ok)\s+)[Ll]eave (?<clause>(?:the|your|our)\b[^,;]*?) " + LeaveWithMePhrases + @"\b")]
    private static partial Regex LeaveWithMe();

    /// <summary>"You'll have the results by Wednesday", "you'll get it from me": what the speaker sends.</summary>
    [GeneratedRegex(@"\b(?:" + YouWillReceivePhrases + @") (?<clause>(?:it|them|those|these|the|my|our)\b(?:\s+[\w-]+){0,5}?(?=\s+(?:by|before|from me|first thing|tomorrow|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday)|this (?:week|afternoon|evening)|next|well before|in (?:a|an|the|\w+) (?:hour|day|week)s?)\b).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YouWillReceive();

    [GeneratedRegex(@"^(?<verb>[a-z]+)(?=\s+(?:on|at|through|over|into|about|up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenPreposition();

    [GeneratedRegex(@"\b(?:(?:" + RequestPhrases + @")|(?:" + AskPhrases + @")(?: and (?<partner>[A-Z][a-z]+))?(?: please)?(?: guys| all| both| two)?)\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:" + SecondPersonPhrases + @")\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"(?:^|[,;:]\s+|(?<![A-Z][a-z]+ )\band\s+|\b(?:[Ss]o|[Tt]hen|[Nn]ow|[Mm]eanwhile)\s+)(?:[Tt]he |[Oo]ur )?(?!We (?:have )?(?:agreed|offered|volunteered|promised)\b)(?<name>[A-Z][a-z]+(?: [A-Z][\w'-]+){0,2})(?:" + ThirdPartyPhrases + @")\s+(?<clause>[a-z].*)$")]
    private static partial Regex ThirdParty();

    [GeneratedRegex(@"(?:^|[,;:]\s+|\band\s+)(?:the|our) (?<name>[a-z]+(?: [a-z]+){0,2}) (?:" + RoleThirdPartyPhrases + @")(?: be)?\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleThirdParty();

    [GeneratedRegex(@"^(?:(?:and|so|okay|ok|now|then|right)[,\s]+)*(?:" + AssignmentPhrases + @") (?:the |our )?(?<name>[A-Za-z]+(?: [A-Za-z]+){0,2}),\s*(?<clause>(?:the|a|an|some|more|all)\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\b(?:" + ShouldHavePhrases + @") (?<clause>have (?:a|an|the|my|this|that|it|them|those|these|some)\b.*\b(?:by|before|until|on) (?:the )?(?:end of |next |this )?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|eod|cob|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*)$", RegexOptions.IgnoreCase)]
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
