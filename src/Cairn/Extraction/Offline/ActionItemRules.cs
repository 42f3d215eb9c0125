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
        "meet", "accept",
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

    // A deadline makes a meeting verb work ("sketch the screens by Tuesday"), never one of these: "Tom will need the
    // runbook from us by Monday" is what Tom needs, "I'll want the numbers by Friday" a wish, no one's task.
    private static readonly HashSet<string> StateOfMind = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "let", "know", "see", "think", "need", "want", "like", "love", "hope", "understand", "remember", "imagine",
        "suppose", "assume", "guess", "agree", "disagree", "accept",
    };

    private static readonly HashSet<string> NoVerbFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "would", "should", "might", "must", "may", "shall", "will", "were", "was", "is", "are", "am", "did",
        "does", "with", "of", "to", "about",
    };

    // A meeting verb with this particle names work ("pick up the load testing", "come up with a concept", "speak to legal").
    private static readonly HashSet<string> WorkPhrasal = new(StringComparer.OrdinalIgnoreCase)
    {
        "pick up", "come up", "follow up", "look into", "find out", "figure out", "set up", "write up", "sort out", "put together",
        "take on", "take over", "speak to", "speak with", "look after", "check on", "put in",
    };

    /// <summary>The rules in the order they are weighed: the earliest match in the sentence wins, an earlier rule on a tie.</summary>
    internal static readonly ActionRule[] Rules =
    [
        new("marker", CommitmentKind.Marker, new(MarkerPhrases), Marker()),
        // "If that works for you, just reply and I'll book it", "I'll handle comms when you need me": an offer that waits on
        // the listener's choice is no task yet ("I'll pull Tom in if it's technical" waits on the world: it is).
        new("first person", CommitmentKind.FirstPerson, new(FirstPersonPhrases), FirstPerson(), Holds: (s, c, _) => !Narration().IsMatch(s.Text) && !ListenerChooses().IsMatch(c)),

        // "I can set up the SSO migration call for Thursday": an offer of work with a when is a commitment; "I can see
        // it", "I can send it if you want" and "I can probably…" (no when, a condition, a hedge) are not.
        new("offer with a time", CommitmentKind.FirstPerson, new(OfferPhrases), Offer(),
            Holds: (s, c, m) => !s.IsQuestion && (Verbs.IsWorkVerb(m.Groups["verb"].Value) || HaveItDone().IsMatch(m.Groups["clause"].Value))
                && When().IsMatch(m.Groups["clause"].Value) && !Conditional().IsMatch(c)),

        // "We'll send you the order form": the speaker's side delivers, so the speaker owns it.
        new("we deliver", CommitmentKind.FirstPerson, new(WeDeliverPhrases), WeDeliver()),
        // "Slides and recording will go out after the session": a delivery said in the passive is the speaker's side's, so
        // the speaker's ("… will be sent by our finance team" names someone else: no task).
        new("delivery in the passive", CommitmentKind.FirstPerson, new(PassiveDeliveryPhrases), PassiveDelivery(), Verb: "send ",
            Holds: (_, _, m) => !m.Groups["tail"].Value.Contains(" by ", StringComparison.OrdinalIgnoreCase) || Deadline().IsMatch(m.Groups["tail"].Value)),
        new("leave it with me", CommitmentKind.FirstPerson, new(LeaveWithMePhrases), LeaveWithMe(), Verb: "take care of "),
        // "If you can find out, I'll do the same report for them", "if you could change one thing, what would it be?": an
        // "if you can" clause that leads into the speaker's own commitment or into a question is a condition, no request.
        new("request", CommitmentKind.Request, new(RequestPhrases + "|" + AskPhrases), Request(), Holds: (_, c, m) => !ConditionLeadsOn().IsMatch(c[m.Index..])),

        // "I'd like to see the territory plan by Friday": a wish to receive is a request to send.
        new("wish to receive", CommitmentKind.Request, new(WishPhrases), WishToReceive(), Verb: "send "),

        // "It would be great if Per could…", "Let's have Marco own…", "Could we get Priya to…": the named person's task.
        new("delegation", CommitmentKind.ThirdParty, new(DelegationPhrases), Delegation()),

        // "Could Nikos send us the agenda a week ahead?": a request to the person it names as its subject, when that is a
        // person ("Can Tuesday work for everyone?" names nobody) and the verb names work ("Could Priya be right?").
        new("request to a named person", CommitmentKind.ThirdParty, new(NamedRequestPhrases), NamedRequest(),
            Holds: (_, _, m) => Verbs.IsWorkVerb(m.Groups["verb"].Value), NeedsOwner: true),

        // "You'll have the results by Wednesday" promises a delivery: the speaker's task, weighed before "you'll" as a request.
        new("you will receive", CommitmentKind.FirstPerson, new(SecondPersonRules.YouWillReceivePhrases), SecondPersonRules.YouWillReceive(), Verb: "send "),

        // "If you're going to buy a TV, you're going to expect…" is a condition, not an assignment.
        // "You have to push it twice, the first push always times out" is how things work, not an assignment.
        // "You have to press it hard to change channel", "you need to hit escape", said to a room: an obligation put to
        // nobody in particular is how things work; it is a task once it names someone (or is said to the other of two,
        // or a reply takes it on) or sets a when.
        new("obligation put to you", CommitmentKind.Request, new(SecondPersonRules.ObligationPhrases), SecondPersonRules.ObligationToYou(), Generic: true,
            Holds: (_, c, m) => SecondPersonRules.PutToYou(c, m)),
        // "Once it's approved you'll get a link that expires after a week" says what the listener will receive or see.
        new("second person", CommitmentKind.Request, new(SecondPersonRules.SecondPersonPhrases), SecondPersonRules.SecondPerson(), Holds: (_, c, m) => SecondPersonRules.PutToYou(c, m) && !SecondPersonRules.Receives(c, m)),
        new("joint", CommitmentKind.ThirdParty, new(JointPhrases), Joint()),
        new("third party", CommitmentKind.ThirdParty, new(ThirdPartyPhrases), ThirdParty()),
        // "The designer is going to …" names a participant's role; "the pilot needs to finish by …" names nobody: no task.
        new("role third party", CommitmentKind.ThirdParty, new(RoleThirdPartyPhrases), RoleThirdParty(), NeedsOwner: true),
        new("assignment", CommitmentKind.Assignment, new(AssignmentPhrases), Assignment()),
        new("commitment with a date", CommitmentKind.FirstPerson, new(ShouldHavePhrases), ShouldHaveBy(), Fallback: true),

        // "Maya, build the ROI model", "Omar, you clean up the snapshots": a task when it names its owner or the reply takes it on.
        new("imperative", CommitmentKind.Request, new(Verbs.WorkVerbPhrases), Imperative(), Fallback: true, Holds: (s, _, m) => !s.IsQuestion && Verbs.IsWorkVerb(m.Groups["verb"].Value), NeedsOwner: true),

        // "I can put that in writing." / "Please do.": an offer no other rule made a task (no when, or under a condition:
        // "I can run the first one in January, if no one else wants it" / "Sold.") is the speaker's task once the next
        // speaker takes it up (ActionItemExtractor.TakeUpOffers); left alone, or answered "no need", it is none.
        new("offer taken up", CommitmentKind.FirstPerson, new(OfferPhrases), Offer(), Fallback: true, Offered: true,
            Holds: (s, c, m) => !s.IsQuestion && !NotAVerb().IsMatch(m.Groups["verb"].Value) && !Purpose().IsMatch(c[..m.Groups["clause"].Index])),
    ];

    /// <summary>Every rule's trigger phrases in one index: one pass over a sentence says which rules may match it.</summary>
    internal static readonly TriggerIndex Triggers = new(Rules.Select(r => r.Triggers).ToList());

    public static ActionCandidate? Detect(Sentence sentence, string cleaned)
    {
        var best = (Candidate: (ActionCandidate?)null, Position: int.MaxValue);
        var seen = Triggers.Scan(cleaned);
        for (var i = 0; i < Rules.Length; i++)
        {
            // The prefilter first: a rule whose phrases the sentence lacks cannot match, and the patterns are the cost.
            var rule = Rules[i];
            if ((rule.Fallback && best.Candidate is not null) || (seen & (1UL << i)) == 0)
            {
                continue;
            }

            var m = rule.Pattern.Match(cleaned);
            if (m.Success && (rule.Holds is null || rule.Holds(sentence, cleaned, m)))
            {
                Consider(ref best, m, rule, sentence, cleaned);
            }
        }

        return best.Candidate;
    }

    private static void Consider(ref (ActionCandidate? Candidate, int Position) best, Match m, ActionRule rule, Sentence sentence, string cleaned)
    {
        var kind = rule.Kind;
        if (!m.Success || m.Index >= best.Position)
        {
            return;
        }

        var clause = rule.Verb + WithPartner(Said(m.Groups["clause"].Value.Trim(), rule.Verb), m.Groups["partner"]) + m.Groups["tail"].Value.TrimEnd();
        // "Why will the minister not table…?", "When will the vendor ship…?": asking about someone's will commits nobody.
        var asked = kind == CommitmentKind.Request || (kind == CommitmentKind.ThirdParty && sentence.IsQuestion);
        if (!IsTask(clause, kind, NextMeeting().IsMatch(cleaned)) || (asked && WhQuestion().IsMatch(cleaned[..m.Index])))
        {
            return;
        }

        var name = m.Groups["name"].Success ? m.Groups["name"].Value : null;
        var coOwner = m.Groups["coowner"].Success ? m.Groups["coowner"].Value : null;
        best = (new ActionCandidate(kind, clause, sentence, name, coOwner, rule.NeedsOwner, rule.Generic, rule.Offered), m.Index);
    }

    /// <summary>A sentence's first word after a verb put before it: "Slides and recording…" → "send slides and recording…" (names keep their capital).</summary>
    private static string Said(string clause, string verb) =>
        verb.Length > 0 && clause.Length > 1 && char.IsUpper(clause[0]) && FirstWord().Match(clause).Value is { Length: > 1 } word
            && word.Skip(1).All(char.IsLower) && !FirstNames.Contains(word)
            ? char.ToLowerInvariant(clause[0]) + clause[1..]
            : clause;

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
        var bare = Obligation().Replace(clause, string.Empty);
        var words = Words().Matches(bare).Select(w => w.Value).ToList();
        if (words.Count < 2 || NotATask().IsMatch(clause) || ConversationMove().IsMatch(bare) || SpeechAct().IsMatch(bare))
        {
            return false;
        }

        // "you can you can tell…" holds "can you", "will you guys first with…" no verb at all: a clause that starts with
        // a modal, an auxiliary or a preposition is a stutter or a fragment, never work.
        if (NoVerbFirst.Contains(words[0]))
        {
            return false;
        }

        // "You're gonna have audio with bass settings", "you should have one of those": what a thing will have, unless
        // it has a when ("I should have a fix by Thursday"), is an activity ("have a look at the logs") or has someone
        // do it ("have Baba build the prototype").
        if (words[0].Equals("have", StringComparison.OrdinalIgnoreCase) && words.Count > 1 && !char.IsUpper(words[1][0])
            && !HaveActivity().IsMatch(clause) && !When().IsMatch(clause) && !Deadline().IsMatch(clause))
        {
            return false;
        }

        // "I will not send the deck until legal signs off", "Canada will always support…", "please don't share it yet": a
        // refusal, a prohibition or a standing stance, not a thing to do.
        if (NotOrAlways().IsMatch(clause))
        {
            return false;
        }

        // "Can you give us an update on the benefit?", "give us a date": asked for now, in the meeting, unless for later.
        if (AskedForNow().IsMatch(clause) && !When().IsMatch(clause))
        {
            return false;
        }

        // "You'll have seen the report", "we will have discussed this": looking back from a future, unless it sets a when.
        if (FuturePerfect().IsMatch(clause) && !Deadline().IsMatch(clause))
        {
            return false;
        }

        var at = words[0] is "be" && Verbs.IsGerund(words[1]) ? 1 : 0;
        var verb = Verbs.Base(words[at]);
        var workPhrasal = at + 1 < words.Count && WorkPhrasal.Contains(verb + " " + words[at + 1].ToLowerInvariant());

        // The clause is judged, not the sentence around it: a long clause whose verb names work keeps its place words
        // ("set up a working session at the whiteboard with the ops team"); a short one or a meeting verb does not.
        var worksAtLength = words.Count >= 6 && (workPhrasal || !MeetingVerbs.Contains(verb));
        if (MeetingPlace().IsMatch(clause) && !worksAtLength)
        {
            return false;
        }

        // "I'll take you over the minutes of the last meeting" presents them now, as "walk you through" and "drive the prototype" do.
        if (TakeThrough().IsMatch(clause) && !forNextMeeting)
        {
            return false;
        }

        // "I'll do that today" stands for work the speaker offered before: ActionItemExtractor says it in full or drops it.
        if (kind == CommitmentKind.FirstPerson && ProVerb.StandsFor(clause))
        {
            return true;
        }

        var phrasal = workPhrasal && (!InMeeting().IsMatch(clause) || worksAtLength);
        if (MeetingVerbs.Contains(verb) && !phrasal && !(TaskDespiteVerb.Contains(verb) && words.Count >= 4 && !InMeeting().IsMatch(clause))
            && !(forNextMeeting && PresentVerbs.Contains(verb) && words.Count >= 4) && !WorkWithObject().IsMatch(clause)
            && !(words.Count >= 4 && !StateOfMind.Contains(verb) && Deadline().IsMatch(clause)))
        {
            return false;
        }

        // "I'll add it" names no work of its own, but may take on a request (ActionItemExtractor keeps it only then).
        return kind is CommitmentKind.Marker or CommitmentKind.FirstPerson || words.Count >= 3 || !Vague().IsMatch(clause);
    }

    /// <summary>
    /// Where a recap starts in a sentence ("Let me recap.", "Okay, to wrap up.", "Recap: Tom sends…"), -1 when it does not:
    /// the rest of that turn says who does what in the present tense (<see cref="CommitmentSplitter.Recapped"/>).
    /// </summary>
    internal static int RecapStart(string cleaned) => RecapOpener().Match(cleaned) is { Success: true } m ? m.Index + m.Length : -1;

    /// <summary>A clause that only points back: "add it", "do that", "set it up", "sort that out".</summary>
    internal static bool IsVague(string clause) => Words().Matches(clause).Count <= 3 && Vague().IsMatch(clause);

    /// <summary>How a speaker opens a recap of who does what: "let me recap", "to sum up", "to wrap up", "quick recap".</summary>
    private const string RecapPhrases =
        "let me recap|let me summarise|let me summarize|let me sum up|let me wrap up|to recap|quick recap|recap|recapping|" +
        "to sum up|to sum it up|summing up|to summarise|to summarize|in summary|to wrap up|to wrap it up|wrapping up";

    /// <summary>What a speaker puts on the table as they speak: "let me propose something", "let me throw out a number".</summary>
    private const string Proposal = "(?:idea|thought|number|figure|proposal|option|suggestion|offer|compromise|middle ground|alternative|way forward)";

    /// <summary>The end of a leaving-the-call clause: "drop in two minutes, sorry", "hop off at half past".</summary>
    private const string OffTheCall = @"(?=\s*(?:$|[,.;!?]|(?:sorry|today|though|unfortunately)\b))";

    // The trigger phrases, as data ('|'-separated literals): each goes into its rule's pattern and its prefilter.
    // Order matters where phrases start alike: the first that lets the pattern match is the one taken.
    private const string MarkerPhrases =
        "action items|action item|next steps|next step|to-dos|to-do|todos|todo|to do|follow-ups|follow-up|follow ups|follow up|takeaways|takeaway|ai";

    private const string FirstPersonPhrases =
        "I'll|I will|I shall|I'm going to|I am going to|I'm gonna|I am gonna|I can take care of|I will take care of|I need to|I have to|" +
        "I'll need to|I'll have to|I'll try to|I'll make sure to|let me|" +
        "I'm happy to|I am happy to|I'd be happy to|I would be happy to|happy to|I'm glad to|I am glad to|I'd be glad to|I would be glad to|glad to";

    /// <summary>Where or when the speaker's part comes, said before "I'll" without a comma: "on my side I'll book the slot", "before that I'll send…".</summary>
    private const string LeadIn =
        "on my side|on my end|from my side|from my end|for my part|on our side|on our end|from our side|from our end|" +
        "before that|after that|by then|in the meantime";

    private const string LeaveWithMePhrases = "with me";

    private const string OfferPhrases = "I can|I could";

    private const string WeDeliverPhrases = "we'll|we will|we're going to|we are going to";

    private const string WishPhrases =
        "I'd like to see|I'd like to get|I'd like to have|I'd like to receive|I'd like to review|" +
        "I would like to see|I would like to get|I would like to have|I would like to receive|I would like to review";

    /// <summary>Handing work to someone named: "it would be great if Per could", "let's have Marco", "could we get Priya to".</summary>
    private const string DelegationPhrases =
        "great if|good if|helpful if|nice if|ideal if|useful if|let's have|let's get|let's ask|could we get|can we get|could we have|can we have";

    private const string NamedRequestPhrases = "could|can|would|will";

    private const string PassiveDeliveryPhrases = "will go out|will be sent|will be shared|will be circulated|will be posted|will be emailed";

    /// <summary>"Chen and I will", "Priya and Tom are going to": one task each; the pair is the trigger.</summary>
    private const string JointPhrases = " and ";

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
        "please don't forget to|please do not forget to|please remember to|please|if you can|if you could|I'd love for you to|I would love for you to|could we get you to|can we get you to|" +
        "why don't you|how about you|let's have you|let's get you|" +
        "I'd like you to|I'd like you guys to|I'd like you all to|I'd like you two to|I'd like you both to|" +
        "I'd love you to|I'd love you guys to|I'd love you all to|I'd love you two to|I'd love you both to|" +
        "I would like you to|I would like you guys to|I would like you all to|I would like you two to|I would like you both to|" +
        "I would love you to|I would love you guys to|I would love you all to|I would love you two to|I would love you both to|" +
        "I need you to|I need you guys to|I need you all to|I need you two to|I need you both to|" +
        "I want you to|I want you guys to|I want you all to|I want you two to|I want you both to|" +
        "make sure you|be sure to|don't forget to";

    /// <summary>What follows a name: "Omar will", "Omar's going to", "Hugo has offered to".</summary>
    private const string ThirdPartyPhrases =
        " will| is going to|'s going to|'ll| has agreed to| has offered to| has volunteered to| has promised to|" +
        " have agreed to| have offered to| have volunteered to| have promised to| agreed to| offered to| volunteered to| promised to|" +
        " needs to| is gonna| said he'll| said she'll| said they'll| should";

    /// <summary>What follows a role: "the designer is going to".</summary>
    /// <summary>
    /// A subject pointed at before its verb, "Marcus here will", "the Industrial Designer over here is gonna"
    /// (no space before "will" or "'s going to" follows it).
    /// </summary>
    private const string PointedAt = "(?: (?:over )?(?:here|there))?";

    /// <summary>When, said right before a name that commits: "for the next meeting Kate will", "tomorrow Priya will".</summary>
    private const string WhenBeforeName =
        "for the next meeting|for next time|next time|in the next meeting|tomorrow|today|tonight|this week|next week|" +
        "in the meantime|afterwards|after that|after the meeting|after this meeting";

    private const string RoleThirdPartyPhrases = "will|is going to|'s going to|is gonna|'s gonna|'ll|needs to";

    private const string AssignmentPhrases = "for|to";

    private const string ShouldHavePhrases = "I should";

    [GeneratedRegex(@"^(?:(?:and|so|okay|ok|right|then|also)[,\s]+)*(?:" + MarkerPhrases + @")(?: then| so far)?(?: for (?<name>me|us|\p{L}+)(?: and (?<coowner>me|I|\p{L}+))?)?\s*[:\-–]\s*(?:(?<name>\p{L}+(?: \p{L}[\w'-]+)?)(?: to| will|:)\s+)?(?<clause>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    // A dash ends a clause as a comma does, and after a word it cuts a false start: "I'll- I'll do it this week".
    [GeneratedRegex(@"(?:^|[,;:]\s*|(?<=\w)-\s+|\s[–—-]\s+|\b(?i:and|so|then|but|yes|yeah|sure|okay|ok|today|tomorrow|tonight|now|first|next|later|afterwards|meanwhile|also|of course|" + LeadIn + @")\s+|\bdo is\s+)(?i:" + FirstPersonPhrases + @")\s+(?<clause>[a-z].*)$")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?i:and|so|then|but|yes|yeah|sure|okay|ok|also|of course)\s+)(?i:" + OfferPhrases + @")(?: (?i:also|definitely|certainly|easily|still))?\s+(?<clause>(?<verb>[a-z]+)\b.*)$")]
    private static partial Regex Offer();

    /// <summary>"Leave the quote with me": the speaker takes it on ("leave it with me" names nothing: it only accepts a request).</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|so|then|yes|yeah|sure|okay|ok)\s+)[Ll]eave (?<clause>(?:the|your|our)\b[^,;]*?) " + LeaveWithMePhrases + @"\b")]
    private static partial Regex LeaveWithMe();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|so|then|yes|yeah|sure|okay|ok)\s+)(?:" + WeDeliverPhrases + @")\s+(?<clause>(?:send|share|deliver|provide|get you|get back to|email|forward)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeDeliver();

    [GeneratedRegex(@"\b(?:" + WishPhrases + @") (?<clause>(?:the|your|a|an|some)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WishToReceive();

    [GeneratedRegex(@"\b(?i:" + DelegationPhrases + @") (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?) (?:(?:could|can|would) |to )?(?<clause>[a-z].*)$")]
    private static partial Regex Delegation();

    /// <summary>"Slides and recording will go out after the session", "the signed contract will be sent by Friday": what goes out, then when.</summary>
    [GeneratedRegex(@"^(?:(?i:and|so|also|okay|ok)[,\s]+)*(?<clause>(?:(?i:the|our|my) )?(?!(?i:it|this|that|they|we|you|he|she|there|everything|nothing|which|what)\b)[\w-]+(?: [\w-]+){0,2}(?: (?:and|&) (?:the )?[\w-]+)?) (?i:" + PassiveDeliveryPhrases + @")(?: out)?\b(?<tail>[^?]*)$")]
    private static partial Regex PassiveDelivery();

    [GeneratedRegex(@"^(?:(?i:and|also|so|then|okay|ok)[,\s]+)*(?i:" + NamedRequestPhrases + @") (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?) (?:please )?(?<clause>(?<verb>[a-z]+)\b[^?]*)\?$")]
    private static partial Regex NamedRequest();

    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?:[Ss]o|[Tt]hen|[Nn]ow|[Aa]nd)\s+)(?<name>\p{Lu}\p{Ll}+)" + JointPhrases + @"(?<coowner>I|me|\p{Lu}\p{Ll}+),? (?:will|'ll|are going to|are gonna|need to|have to)\s+(?<clause>[a-z].*)$")]
    private static partial Regex Joint();

    /// <summary>"Maya, build the ROI model", "Omar, you clean up the snapshots", "Yes, build it and set up a check-in".</summary>
    [GeneratedRegex(@"^(?:(?i:yes|yeah|okay|ok|so|and|then|right|also|great|good|perfect|alright|fine)[,.!\s]+)*(?:\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?,\s+)?(?:you\s+)?(?<clause>(?<verb>[a-z]+)\b.+)$")]
    private static partial Regex Imperative();

    /// <summary>What the speaker is doing as they speak: "I'm just going to share a mockup", "now I'm scrolling down".</summary>
    [GeneratedRegex(@"\b(?:I'm just (?:going to|gonna)|I am just going to|now I'm|I'm now|here I'm|right now I'm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Narration();

    [GeneratedRegex(@"^\w+(?: \w+)? (?:it|them)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex PronounObject();

    [GeneratedRegex(@"\b(?:today|tonight|tomorrow|this (?:week|afternoon|evening|morning)|next week|by \w+|before \w+|eod|monday|tuesday|wednesday|thursday|friday|after (?:the|this|our) (?:call|meeting|session|demo|workshop|webinar))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex When();

    [GeneratedRegex(@"^(?<verb>[a-z]+)(?=\s+(?:on|at|through|over|into|about|up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenPreposition();

    [GeneratedRegex(@"\b(?:(?:" + RequestPhrases + @")|(?:" + AskPhrases + @")(?: and (?<partner>\p{L}+))?(?: please)?(?: guys| all| both| two)?)\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    /// <summary>"if you can …, I'll …", "if you could …, what would …?": the main clause after the condition is the speaker's or a question.</summary>
    [GeneratedRegex(@"^if you (?:can|could)\b.*,\s*(?:(?:then|so)\s+)?(?:I(?:'ll| will| can| could)\b|(?:what|how|which|who|where|when|why)\b[^,]*\?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionLeadsOn();

    [GeneratedRegex(@"(?:^|[,;:]\s+|(?<!\p{Lu}\p{Ll}+ )\band\s+|^(?:And|But|Also|Plus),?\s+|\b(?:[Ss]o|[Tt]hen|[Nn]ow|[Mm]eanwhile|[Mm]aybe|[Pp]erhaps)\s+|\b(?i:" + WhenBeforeName + @")\s+)(?:[Tt]he |[Oo]ur )?(?!(?:We|They|It|This|That|There|These|Those|You|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Anybody|What|Which|Who|Whose|Why|How|Where|Here|If|When|Maybe|Perhaps|So|Then|Now|Also|And|But|Okay|Yes|Yeah|Well|For|In|After|Afterwards|Tomorrow|Today|Tonight|Next)\b)(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+){0,2})" + PointedAt + "(?:" + ThirdPartyPhrases + @")\s+(?<clause>[a-z].*)$")]
    private static partial Regex ThirdParty();

    /// <summary>
    /// "The designer is going to", "our recruiter Hana will" (the name after the role owns it). The role before a
    /// name is said in lower case: in "the Senior Sales Account Manager will" the last word ends a title, no name.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;:]\s+|\band\s+)(?:the|our) (?:(?-i:[a-z]+(?: [a-z]+){0,2}?) (?<name>(?-i:\p{Lu}\p{Ll}+))|(?<name>[a-z]+(?: (?!(?:over|here|there)\b)[a-z]+){0,2}))" + PointedAt + " (?:" + RoleThirdPartyPhrases + @")(?: be(?= \w+ing\b))?\s+(?<clause>[a-z].*)$", RegexOptions.IgnoreCase)]
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

    [GeneratedRegex(@"^[\w'-]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\b(?:if|unless)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:what|how|where|why|when|which|who|whether)\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^(?:do(?=\s*(?:$|[,.;!?]))|let me know|know|hear|see (?:my|the) screen|share (?:my|the) screen|repeat|say that again|be there|be on|be out|be back|be honest|be quick|be brief|do that for you|see you|talk (?:to you )?(?:soon|later|then)|catch you|go first|go ahead$|take (?:a )?(?:notes?|minutes) (?:now|today)|turn it over|hand (?:it )?over|pass it|stop sharing|move on|talk about|go over|go into|get to (?:that|it|this)|get it out|(?:we|I|you|it's|there|that's)\b|(?:give it|go for) an? (?:one|two|three|four|five|six|seven|zero)\b)|\b(?:(?:go|move|jump|flip|skip) (?:back|forward|ahead)|scroll(?:ing)? (?:up|down|back)|zoom(?:ing)? (?:in|out)|share (?:your|my|the) screen|so (?:you|everyone|we) can see|watch how you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    /// <summary>
    /// Steering the conversation: "change the subject now", "move to another subject", "give a short response", "share my
    /// time with the member", "take that as a yes", "focus my question on…", "back up a second", "ask the minister to repeat",
    /// "please activate your mic", "direct your remarks through the chair", "can you give a few examples?", "please never
    /// hold me to this". The subject line of an
    /// e-mail or a presentation at the offsite are work, so the object must be the talk's own.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:change|switch) (?:the )?(?:subject|topic|gears)(?=\s*(?:$|[,.;!?]|now\b|here\b|for a\b|a bit\b|slightly\b|again\b|then\b))|(?:move|go|turn|get|come) (?:back |on |over )?to (?:another|a different|the next|my next|your|his|her|their|that|this|the other) (?:subject|topic|question|point|issue)s?\b|(?:finish|complete|conclude|wrap up) (?:my|the|this|that) (?:response|answer|reply|point|thought|sentence|remarks|comments|statement|question)\b|(?:give|provide) (?:a|my|the|you a) (?:short |brief |quick |very short |one-word |short and simple )?(?:response|answer|reply)\b|(?:address|direct|put) my (?:question|questions|remarks|comments) to\b|(?:proceed|start|begin|continue|go) with (?:a|my|one|another) (?:\S+ ){0,4}question\b|(?:be )?shar(?:e|ing) my time\b|take (?:that|this|it) as a (?:yes|no)\b|focus my (?:question|questions|remarks|comments|time)\b|back up (?:a |for a )?(?:second|sec|bit|minute|moment|step)\b|ask (?:\S+ ){1,3}to repeat(?: (?:his|her|their|your|the|that|its) (?:answer|question|response|remarks|point|comment))?(?=\s*(?:$|[,.;!?]|(?:please|again|so|and)\b))|(?:activate|turn on|turn off|switch on|switch off|mute|unmute) (?:your|my|the) (?:mic|microphone|camera|video|headset)s?(?=\s*(?:$|[,.;!?]|(?:now|please|when|if|and|so|before|while)\b))|direct (?:your|the|all) (?:remarks|comments|questions) through the chair\b|(?:give|think of) (?:me |us |the committee )?(?:a few |some |an |one |two |any |any other |other |more |a couple of )?examples?\b|(?:never |don't |do not )?hold me to (?:this|that|it)\b|interrupt (?:you|him|her|them|the member|the minister|the speaker)\b" +
        @"|(?:quote|hold) (?:you|him|her|them|me|us) (?:on|to) (?:that|this|it)\b" +
        @"|(?:put|lay) (?:something|(?:an? |one |my )?" + Proposal + @") on the table\b" +
        @"|(?:throw|float|propose|suggest|offer) (?:out )?(?:something|(?:an? |one |my )?" + Proposal + @")(?: out)?(?=\s*(?:$|[,.;:!?]|(?:here|then|now)\b))" +
        @"|(?:drop|hop|jump|head|sign|log|duck)(?: off| out)?(?: of (?:the|this) (?:call|meeting))?(?: (?:a bit |a little |slightly )?(?:early|soon)| (?:in|at|after|around|by) (?:a |about |around )?(?:\S+ )?(?:minutes?|mins?|half past|quarter (?:past|to)|the top of the hour|o'clock|\d[\d:.]*(?: ?[ap]\.?m\.?)?))" + OffTheCall +
        @"|leave (?:the call |the meeting |you )?(?:a bit |a little |slightly )?(?:early|soon|in (?:a |about )?\S+ minutes?)" + OffTheCall +
        @"|(?:keep|stay|remain) (?:quiet|silent|on mute|muted)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ConversationMove();

    /// <summary>
    /// Saying it is doing it: "assure the member that…", "emphasize that…", "stress that…", "remind everyone that…". With
    /// "to" instead of "that" ("remind the team to submit their timesheets") it is work.
    /// </summary>
    [GeneratedRegex(@"^(?:assure|reassure|emphasi[sz]e|stress|reiterate|underline|underscore|acknowledge|remind|repeat|restate|indicate|confirm to)\b(?:(?! that\b)[^,;]){0,60} that\b,?(?: \S+){3,}", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechAct();

    /// <summary>
    /// An offer left to the listener: "if that works for you", "if your manager would rather", "tell me and I'll", "just
    /// reply and I'll", "when you need me".
    /// </summary>
    [GeneratedRegex(@"\bif (?:that|this|it) (?:works|suits)\b|\bif (?:you|your [\w-]+(?: [\w-]+)?|they|he|she)(?:'d| would)? (?:rather|prefer|want|like|wish)\b|\b(?:tell me|let me know|say the word|give me a shout|ping me|drop me a line|reply(?: with)?(?: [""“'][^""”']+[""”']| \w+)?)\s*,?\s*and I(?:'ll| will)\b|\b(?:when|if|whenever) you need (?:me|us|it|one|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListenerChooses();

    /// <summary>A recap opener at the start of a sentence or after a comma, followed by a stop, a colon or "so we…": not "send a recap".</summary>
    [GeneratedRegex(@"(?:^|[,.;:]\s*)(?:(?:okay|ok|so|right|alright|then|and)[,\s]+)*(?:" + RecapPhrases + @")(?:\s+(?:quickly|then|briefly|here|now)){0,2}(?=\s*(?:[.:,;!–-]|$|so\b|and\b))[.:,;!–-]?", RegexOptions.IgnoreCase)]
    private static partial Regex RecapOpener();

    /// <summary>A hedge or an adverb where an offer's verb would be: "I can probably do four", "I can only guess".</summary>
    [GeneratedRegex(@"^(?:\w+ly|maybe|perhaps|not|just|always|never|still|also|even)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAVerb();

    [GeneratedRegex(@"^have (?:a |another |an )?(?:(?:quick|closer|proper|detailed|good|first|second|final) )?(?:look|go|chat|word|think|call|conversation|meeting|session|discussion|talk|try|stab|crack|dig|read|review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveActivity();

    /// <summary>"Send it by the 10th, so I can write the paper": after a clause, "so (that) I can" says what for, no offer.</summary>
    [GeneratedRegex(@"\w[,;]?\s+so(?: that)?\s+I (?:can|could)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    /// <summary>"have the endpoint done", "have it ready": a state the speaker brings about, work as much as a work verb.</summary>
    [GeneratedRegex(@"^have (?:the|it|this|that|them|those|these|our|my|a|an)\b(?: [\w-]+){0,3} (?:done|ready|finished|fixed|sorted|signed|live|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveItDone();

    [GeneratedRegex(@"^(?:not|never|always|don't|do not|dont)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotOrAlways();

    [GeneratedRegex(@"^(?:give|provide) (?:us|me|the committee) (?:an? |any |some |a quick |a brief |your )?(?:update|date|assurances?|answer|sense|idea|overview|timetable|timeline|number|figure)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedForNow();

    /// <summary>"have seen", "have been told", "have discussed": the future perfect, which says what will be past by then.</summary>
    [GeneratedRegex(@"^have (?:been |already |all )?(?:seen|heard|read|noticed|discussed|talked|spoken|mentioned|met|been|had|known|said|told|done|gone|noted|looked|received)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FuturePerfect();

    /// <summary>A deadline: nobody sketches or presents in the meeting "by next Tuesday", so a meeting verb with one names work.</summary>
    [GeneratedRegex(@"\b(?:by|before|until|no later than) (?:next |this |the end of |end of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|cob|the \d|\d|week|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    /// <summary>Where the meeting is happening now: a short clause that names it is meeting talk.</summary>
    [GeneratedRegex(@"\b(?:right now|at the moment|in this meeting|in (?:a|one) (?:second|moment|minute)|in my presentation|powerpoint|whiteboard)\b|(?:^|\b(?:the|this|that|these|those|my|our|your|next|previous|last|first|a|few|some|of|to|on|in|one|two|three|four|five)\s+)slides?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingPlace();

    /// <summary>Meeting verbs that name work when they have a real object: "introduce myself to the new CTO", "clarify what the plan implies for margin", "tell the customer that the archive moves", "let the client know" (not "tell you", "let me know").</summary>
    [GeneratedRegex(@"^(?:introduce (?:myself|ourselves|yourself|us|him|her|them|\p{L}[\w'-]+(?: \p{L}[\w'-]+)?) to (?:the |our |their |your |\p{L})|clarify (?:what|whether|how|which) (?!I |you |we )[\w'-]+(?: [\w'-]+){2,}|tell " + ToldParty + @" (?:that|about)\b|let " + ToldParty + @" know\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WorkWithObject();

    /// <summary>Someone other than those in the room, told something: a name (or two), "the/our/their X", them, him, her.</summary>
    private const string ToldParty = @"(?:(?-i:\p{Lu})[\w'-]+(?: and (?-i:\p{Lu})[\w'-]+)?|(?:the|our|their) [\w-]+|them|him|her)";

    /// <summary>Presenting in the meeting: "take you through the pricing", "drive the prototype" (not "drive the migration").</summary>
    [GeneratedRegex(@"^(?:(?:take|walk|talk|run) (?:you|you all|you guys|everyone|everybody|us|them|the team|the group) (?:through|over|across)\b|drive (?:the |our |this |a )?(?:[\w-]+ )?(?:prototype|demo|deck|slides|screen|walkthrough|presentation)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TakeThrough();

    [GeneratedRegex(@"\b(?:now|here|this slide|the slide|the screen|the board|the whiteboard|my screen|on the screen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InMeeting();

    [GeneratedRegex(@"^(?:\w+ )?(?:it|that|this|so|them|those)(?: (?:up|out|over|off|in|on|through|back|together|down|along))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}
