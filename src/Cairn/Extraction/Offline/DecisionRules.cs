using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences that settle something: "we decided", "we agreed", "that's decided", "let's go with", "we won't
/// ... until ...", or a change stated as settled ("we're moving the launch to March").
/// </summary>
internal static partial class DecisionRules
{
    // The trigger phrases, as data ('|'-separated literals) that the patterns below are made from. No prefilter:
    // measured (#14, docs/benchmarks.md), the patterns alone cost the decisions stage under a millisecond more.
    private const string SettlingVerbs = "decided|agreed|settled on|settled that|settled it|settled this|chose|chosen|opted|concluded|committed|signed off";

    /// <summary>"that's decided", "it is final".</summary>
    private const string SettledStates = "decided|settled|agreed|final|confirmed|a decision";

    /// <summary>
    /// What every alternative of <see cref="Settled"/> holds: its settling verbs and states, and the words of its other
    /// alternatives ("decision", "final", "lock … in", "aligned", "deciding", "agree", "the plan", "full stop"). A new
    /// alternative adds its word here; its spec line (decisions.txt) fails until it does.
    /// </summary>
    private const string SettledPhrases =
        SettlingVerbs + "|" + SettledStates + "|decision|final|lock|aligned|deciding|agree|the plan|full stop";

    /// <summary>Who decides for a group: "the board has decided", "the company's decided", "the finance committee has decided".</summary>
    private const string GroupSubjects =
        "team|group|committee|council|board|company|leadership team|leadership|management|exec team|executive team|client|customer|governors|trustees|directors|partners|shareholders";

    /// <summary>
    /// A group named as the one who decides: "the board", "our board", "the client's committee", and the meeting it held
    /// first ("the governors met last week and decided …", "the board met on Monday and agreed …").
    /// </summary>
    private const string GroupDeciding =
        @"(?:the|our|their|your) (?:[a-z]+ )?(?:" + GroupSubjects + @")(?:'s| has| have|(?: met| sat| got together)(?: [\w-]+){0,3} and)?";

    /// <summary>
    /// A line that announces what was settled: "To confirm, …", "As agreed, …", "Agreed: …", "Outcome: …", "Decision: …",
    /// a recap's "Decisions: …", and a settling phrase before a colon ("That's what we'll do: …", "So that's settled: …",
    /// "What we agreed: …"). What follows it is the decision; the marker is not kept.
    /// </summary>
    private const string WrittenMarker =
        @"(?:just )?to confirm\s*[:,]\s*|as agreed\s*[:,]\s*|(?:agreed|resolved|outcome|decisions?|decided)\s*:\s*|" +
        @"that's what we(?:'ll| will|'re going to| are going to) do\s*:\s*|that's (?:settled|decided|agreed)\s*:\s*|what we(?:'ve| have)? agreed\s*:\s*";

    /// <summary>Who settles: the words that may stand between the group and its settling verb ("I've also decided", "the council has finally decided").</summary>
    private const string SettlingAdverbs = "all|also|now|just|already|finally|formally|officially|jointly|unanimously";

    private const string HedgePhrases =
        "if|whether|maybe|perhaps|might|should we|do we|can we|could we|would we|not sure|" +
        "haven't decided|hasn't been decided|not decided|undecided|yet to decide|need to decide|have to decide|to be decided|" +
        // Putting a choice off: "let's keep it open", "keep the discount in our back pocket, but not decide today", "Decisions: none yet".
        "not decide|no decision|none yet|to be confirmed|keep it open|keep that open|keep this open|leave it open|leave that open|back pocket";

    /// <summary>
    /// The one-sentence rules, in the order they are tried; a sentence that any of them matches settles something. A
    /// rule with phrases runs only on a sentence that holds one of them (one pass of <see cref="Triggers"/>).
    /// </summary>
    private static readonly (Regex Pattern, TriggerPhrases? Phrases)[] Rules =
    [
        (Settled(), new(SettledPhrases)), (SettledOpening(), null), (GroupCourse(), new(CoursePhrases)), (SettledState(), new(StatePhrases)),
        (Proposal(), null), (Change(), null), (GroupIntent(), null), (NewInsteadOfOld(), null), (Approved(), null),
        (Rescheduled(), new(RescheduledPhrases)), (WorksBest(), new(WorksBestPhrases)), (AssentedOutcome(), null),
        (HeldUntil(), new("until")), (GroupRefusal(), new("not")), (Ruling(), new("calling it|my ruling|my call")),
    ];

    private static readonly TriggerIndex Triggers = new(Rules.Select(r => r.Phrases).ToList());

    /// <summary>The rules' phrase lists (for the test that every phrase is a literal).</summary>
    internal static IEnumerable<TriggerPhrases> PhraseLists => Rules.Select(r => r.Phrases).OfType<TriggerPhrases>();

    /// <summary>The rules that say what is settled, not only what changed against what (a clause's test in <see cref="Clean"/>).</summary>
    private static readonly IReadOnlyList<Regex> Saying = [Settled(), SettledOpening(), GroupCourse(), SettledState(), Proposal(), Change(), GroupIntent(), Approved(), Rescheduled(), WorksBest(), AssentedOutcome(), HeldUntil(), GroupRefusal(), Ruling()];

    public static bool IsDecision(string cleaned)
    {
        // "We've decided on kinetic, right?" asks for a nod, not an answer: a statement. The patterns run before the
        // hedge check because most sentences match none of them.
        var s = cleaned.Contains('?') ? ConfirmingTag().Replace(cleaned, ".") : cleaned;
        // IsMatch first: most sentences match no rule, and only a match needs its position.
        if (s.EndsWith('?') || Deciding(s) is not { } rule)
        {
            return false;
        }

        var m = rule.Match(s);
        if (PastFinding().IsMatch(s))
        {
            return false;
        }

        // A hedge counts in the clause that decides and before it ("if it works, we decided…"), not in a later clause
        // ("we agree on the term, though maybe we revisit pricing next year").
        var end = ClauseBreak().Match(s, m.Index + m.Length) is { Success: true } cut ? cut.Index : s.Length;
        return !Hedge().IsMatch(s[..end]);
    }

    private static Regex? Deciding(string s)
    {
        var seen = Triggers.Scan(s);
        for (var i = 0; i < Rules.Length; i++)
        {
            if ((seen & (1UL << i)) != 0 && Rules[i].Pattern.IsMatch(s))
            {
                return Rules[i].Pattern;
            }
        }

        return null;
    }

    /// <summary>
    /// "I've changed my mind", "we've reversed that", "then we change it", "Okay, scratch weekly." (opening the sentence;
    /// "built from scratch" is none): what was settled no longer holds, and what follows (after a colon, else in the next
    /// sentence) is the decision.
    /// </summary>
    public static bool IsReversal(string cleaned) => Reversal().IsMatch(cleaned) && !cleaned.EndsWith('?') && !Hedge().IsMatch(cleaned);

    /// <summary>The words after a reversal's colon ("I've changed my mind: visits are fine" → "visits are fine"), or empty.</summary>
    public static string AfterReversal(string cleaned)
    {
        var m = Reversal().Match(cleaned);
        var colon = m.Success ? cleaned.IndexOf(':', m.Index + m.Length) : -1;
        return colon >= 0 && colon - (m.Index + m.Length) <= 3 ? cleaned[(colon + 1)..].Trim() : string.Empty;
    }

    /// <summary>The plan a reversal sets aside: "we were going to cut all visits", "we said 90 days".</summary>
    public static bool IsOldPlan(string cleaned) => OldPlan().IsMatch(cleaned);

    private static bool Says(string text) => Saying.Any(r => r.IsMatch(text));

    /// <summary>
    /// "That's the plan anyway.", "That's decided, it's minuted.": a settling phrase that points back ("that's", "it's")
    /// and names at most one word of its own: what it settles was said around it, so it is no decision by itself.
    /// </summary>
    public static bool PointsBack(string cleaned) =>
        PointingSettle().Match(cleaned) is { Success: true } m
        && ContentWords(cleaned[(m.Index + m.Length)..]).Count() <= 1;

    /// <summary>The words that carry content: three letters or more and no function word (<see cref="StopWords"/>).</summary>
    public static IEnumerable<string> ContentWords(string text) => Words(text).Where(w => w.Length >= 3 && !StopWords.Contains(w));

    /// <summary>The sentence's words, without its punctuation.</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>Whether the sentence holds back ("if", "maybe", "should we", "not decided"); a "what if we…" proposal is not held back by its "if".</summary>
    public static bool IsHedged(string cleaned) => Hedge().IsMatch(WhatIf().Replace(cleaned, "we"));

    /// <summary>"Agreed." or "Okay, let's do that." after a decision restates it; it adds nothing new.</summary>
    public static bool IsBareAssent(string cleaned) => Assent().IsMatch(cleaned);

    /// <summary>
    /// A recap's "Decisions: A; B" lists several, one a part; any other decision is one. Empty parts, and parts that
    /// put the choice off ("none yet"), are none.
    /// </summary>
    public static IReadOnlyList<string> Items(string cleaned) =>
        RecapMarker().IsMatch(cleaned)
            ? [.. RecapMarker().Replace(cleaned, string.Empty).Split(';').Where(p => p.Trim().Split(' ').Length >= 2 && !Hedge().IsMatch(p)).Select(Clean)]
            : [Clean(cleaned)];

    /// <summary>Whether the sentence is a recap's list of decisions ("Decisions: …"): it restates what may have been settled long before.</summary>
    public static bool IsRecap(string cleaned) => RecapMarker().IsMatch(cleaned);

    /// <summary>The decision as a clean sentence: openers and trailing consequences dropped.</summary>
    public static string Clean(string cleaned)
    {
        var s = FillerWords.TrimOpeners(SettlingMarker().Replace(ConfirmingTag().Replace(cleaned, "."), string.Empty));
        if (Label().Match(s) is { Success: true } label && Says(s[label.Length..]))
        {
            // "One thing up front: a cloud option is off the table", "A reminder: the branch is frozen": the label is not the decision.
            s = s[label.Length..];
        }

        var consequence = Consequence().Match(s);
        if (consequence.Success && !Says(s[..consequence.Index]) && Says(s[consequence.Index..]))
        {
            // "About the interface, so we are going to use LCD": the settling part is the tail, not the lead-in.
            s = FillerWords.TrimOpeners(ConsequenceLead().Replace(s[consequence.Index..], string.Empty));
        }
        else
        {
            s = Consequence().Replace(s, string.Empty);
        }

        s = s.Trim().TrimEnd(',', ';', ':');
        if (!s.EndsWith('.') && !s.EndsWith('!'))
        {
            s += ".";
        }

        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    [GeneratedRegex(@"\b(?:we(?:'ve| have)?|i(?:'ve| have)?|they(?:'ve| have)?|" + GroupDeciding + @"|every(?:one|body)(?:'s)?|all) (?:(?:" + SettlingAdverbs + @") )?(?:" + SettlingVerbs + @")\b|(?<!\b(?:said|says|thinks|confirmed|before|after|until|once|when|unless)(?: this time| now)? )\b(?:that's|that is|it's|it is|this is) (?:" + SettledStates + @")\b|\bdecision(?: is|:| was made| made)\b|\bfinal (?:answer|call|decision|word)\b|\b(?:let's |we(?:'ll| will) |we(?:'ve| have) )?lock(?:ed)? (?:it|that|this) in\b|\b(?:we're|we are) (?:agreed|aligned|decided|deciding (?:that|on))\b|\bwe (?:all )?agree (?:on|that)\b|\b(?:is|that's|that is) the plan\b(?!\s+(?:for|to|is)\b)|,\s*full stop\b|\bit was (?:decided|agreed)\b|\bagreed (?:that|to|on)\b|\bthe agreed [a-z]+(?: [a-z]+)? (?:is|are|was|were)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Settled();

    /// <summary>
    /// The settling phrasings that open the sentence: "Kinetic it is.", "So going with the annual plan". Kept apart
    /// from <see cref="Settled"/>: one '^' alternative costs a whole unanchored pattern its first-character
    /// search (measured #22: the decision stage twice as slow).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:so|okay|ok|right|alright|then|fine)[,.!\s]+)*(?!(?:that|this|what|here|there|as|so|how|where|which|who|whatever|if|because|when|is|and|but|or|i|you|we|they|he|she|think|guess|suppose|hope|believe|know|yes|yeah|no|maybe)\b)[\w.-]+(?: (?!(?:think|guess|suppose|hope|believe|know)\b)[\w.-]+)? it is\b(?=\s*(?:[,.!;]|then\b|$))|(?:(?:so|okay|ok|then|right|fine|oh|and|also)[,.\s]+)*(?:we're |we are )?going with\b(?! (?:my|your|his|her|their) )|(?:(?:so|okay|ok|and|then)[,\s]+)*(?:" + WrittenMarker + @")(?=\w)|(?:(?:so|okay|ok|and)[,\s]+)*no (?:more|further) (?:changes|features|additions|scope changes)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SettledOpening();

    // The group's course and a thing's settled state: each pattern is made from these lists, and so is its prefilter
    // (CoursePhrases, StatePhrases), so a phrase cannot be in one and not the other.
    private const string CourseSettled = "landed on|went with|gone with|ruled out";
    private const string CourseUnderway = "going ahead|moving forward|moving ahead|proceeding|pressing ahead|sticking|staying";
    private const string CourseWill = "proceed|move forward|move ahead|press ahead";
    private const string CourseOn = "standardizing|standardising|consolidating";
    private const string CourseTarget = "targeting";
    private const string CourseDrop = "dropping|parking|shelving|scrapping|sunsetting|retiring";
    private const string CoursePhrases =
        CourseSettled + "|" + CourseUnderway + "|" + CourseWill + "|" + CourseOn + "|" + CourseTarget + "|" + CourseDrop;

    private const string StateOut = "off the table|out of scope";
    private const string StateSigned = "approved|signed off|greenlit|green-lit|ratified";
    private const string StateGo = "a go|a no-go";
    private const string StateGreenLight = "the green light";
    private const string StateFrozen = "frozen|locked";
    private const string StatePhrases = StateOut + "|" + StateSigned + "|" + StateGo + "|" + StateGreenLight + "|" + StateFrozen;

    /// <summary>Not inside a relative clause: "who we're targeting this at", "what we went with last time".</summary>
    private const string NotRelative = @"(?<!\b(?:what|that|which|who|whom|how|where|whatever)\s+)";

    /// <summary>
    /// The group's course: "we've landed on", "we went with", "we've ruled out", "we're going ahead / sticking /
    /// proceeding with", "we'll proceed with", "we're standardizing on", "we're targeting", "we're dropping the …"
    /// (what the group will not do is <see cref="GroupRefusal"/>). Only a group decides so ("I went with my gut" is a story). The phrase comes first and
    /// who says it is looked behind, so the pattern searches for its phrases, not for every "we".
    /// </summary>
    [GeneratedRegex(@"(?<=" + NotRelative + @"\b(?:we(?:'ve| have)?|the (?:" + GroupSubjects + @")(?:'s| has)?|every(?:one|body)(?:'s| has)?) (?:finally |all )?)(?:" + CourseSettled + @")\b|(?<=" + NotRelative + @"\bwe(?:'re| are)(?: now| all)? )(?:" + CourseUnderway + @") with\b|(?<=" + NotRelative + @"\bwe(?:'ll| will)(?: now)? )(?:" + CourseWill + @") with\b|(?<=" + NotRelative + @"\bwe(?:'re| are) )(?:" + CourseOn + @") on\b|(?<=" + NotRelative + @"\bwe(?:'re| are)(?: only| initially| first)? )(?:" + CourseTarget + @")\b|(?<=" + NotRelative + @"\bwe(?:'re| are) )(?:" + CourseDrop + @") (?:a|an|the|our|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupCourse();

    /// <summary>
    /// A thing's settled state: "SSO is out of scope", "the mobile app is off the table" (not "nothing is"), "the budget
    /// was approved" (an event; "the budget is approved for 2 PB" is a standing fact), "the Denver launch is a go",
    /// "got the green light", "the feature list is frozen" (a plan's things, and not "locked on November 15"; a screen
    /// is frozen otherwise).
    /// </summary>
    [GeneratedRegex(@"(?<=(?:'s|\bis|\bare|'re)(?: now| officially| definitely)? )(?<!\b(?:nothing|everything|anything|something)(?:'s| is) )(?:" + StateOut + @")\b|(?<=\b(?:was|were|has been|have been|got|'s been)(?: formally| officially| finally| already)? )(?:" + StateSigned + @")\b|(?<=\b(?:is|'s) )(?:" + StateGo + @")(?![\w-])|(?<=\b(?:got|gets|has|have|gave|given|received)(?: us)? )(?:" + StateGreenLight + @")\b|(?<=\b(?:scope|design|spec|specs|feature list|requirements|contract|pricing|price|budget|plan|release|branch|codebase|repo|roadmap|code|copy|deck|agenda)(?: is| are|'s)(?: now)? )(?:" + StateFrozen + @")\b(?!\s+(?:on|by|in|at|after|before|until)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SettledState();

    [GeneratedRegex(@"\blet's (?:agree|go with|go for|settle on|stick with|go ahead with|lock in|make it|keep it(?! (?:short|brief|quick|tight)\b)|plan on|plan for|target)\b|(?<!\b(?:what|that|which|how|where|whatever)(?:\s+[\w-]+)?\s+)\b(?:we(?:'ll| will)|we(?:'re| are) (?:going to|gonna)) (?:go with|stick with|use|keep|drop|move forward with|go ahead with)\b|\b(?:going forward|from now on),? we\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    /// <summary>The group saying what it will do with the thing it is making: "so we'll go with the rubber case", "we're going for mains power", "we're not gonna work with teletext".</summary>
    [GeneratedRegex(@"(?<!\b(?:what|that|which|how|where|whatever)(?:\s+[\w-]+)?\s+)\b(?:we(?:'re| are)(?: just| all| definitely)? (?:not )?(?:gonna|going to)|we(?:'ll| will)(?: just| definitely)?(?: not)?|we won't) (?:go (?:with|for)|stick (?:with|to)|use|keep|include|drop|omit|leave out|remove|replace|switch to|stay with|work with|have (?:an?|the|two|three|four|one|no|it|them|buttons?) (?!look|break|meeting|chat|think|go\b|quick|discussion|talk|word|next|closing|lunch|presentation|final)|make (?:it|the|them) )|\bwe(?:'re| are) (?:going|gonna go) (?:for|with)\b|\blet's say (?:it(?:'s| is|'ll| will)|we(?:'ll| will| go))\b|(?<!\b(?:what|that|which|how|where|whatever|do|if)\s+)\bwe (?:want|wanna have) (?:an?|large|small|big|two|three|one|no|it to be)\b(?! (?:meeting|call|chat|break|look|minute|second|word|quick)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupIntent();

    /// <summary>A new value stated against the old one: "the pilot ends on December 12 instead of the 5th".</summary>
    [GeneratedRegex(@"\b(?:ends|starts|begins|moves|goes|runs|is|are|will be|'ll be|becomes|stays|ships|launches|happens)\b(?:(?!\b(?:could|would|should|can|may)\b)[^,;?])*\binstead of\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewInsteadOfOld();

    private const string WorksBestPhrases = "works best for|works better for|suits best|suits us best";

    /// <summary>An option chosen for the group: "December 8 works best for us" (not "for me": a preference; not a question).</summary>
    [GeneratedRegex(@"\b(?:works (?:best|better) for|suits (?:us )?best for) (?:us|everyone|all of us|both of us|the team|our team)\b|\bsuits us best\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorksBest();

    private const string RescheduledPhrases = "moves|slips|shifts|moved|pushed|postponed|slipped|delayed";

    /// <summary>What is planned, said in the present as moved to a later time: "it moves to Q2", "the kickoff moves to next Tuesday" (not "the cursor moves to the next field").</summary>
    [GeneratedRegex(@"\b(?:moves|slips|shifts|is moving|is moved|has moved|is pushed|gets pushed|is postponed|has slipped|is delayed)(?: back| out)?(?: from [^,;.?]{1,30}?)? (?:to|until|into) (?:the )?(?:next |following |early |late |mid-?)?(?:Q[1-4]|H[12]|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|week|month|quarter|year|sprint|spring|summer|autumn|fall|winter|\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rescheduled();

    /// <summary>
    /// An assent that states the outcome itself: "Agreed, standard support stays.", "Fine, green stays.", "Deal, the fee
    /// remains at forty thousand." (not a plain "okay": "Okay, the server stays down until noon" is a status; not "it").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:okay|ok|so|then|yes|yeah)[,.\s]+)*(?:agreed|fine|deal)[,.:!]?\s+(?:(?:the|our|your|their|this|that) )?(?!(?:it|that|this|they|we)\b)(?:[\w-]+ ){0,3}(?:stays|remains|stay|remain|wins)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssentedOutcome();

    /// <summary>
    /// A course held off until a condition, whoever holds it: "we won't ship until…", "nothing goes live until…", "we're
    /// not pouring the slab until…", "the form isn't going live until…", "I'm not signing until…", in one clause. What
    /// only waits on knowing or being ready is a forecast ("we're not going to know until…", "it won't be ready until
    /// March"), and what I cannot do is no rule ("I can't take on the appendix this week, so it waits until…").
    /// </summary>
    [GeneratedRegex(@"(?:\bwe (?:won't|will not|don't|do not|can't|cannot|must not|never)|\bI (?:won't|will not|never)|\b(?!(?:he|she|there|what|that)\b)[\w-]+(?:'re|'m|'s| are| am| is) not|\b(?!(?:he|she|there)\b)[\w-]+ (?:aren't|isn't|won't|will not)|\b(?:nothing|nobody|no one|none of (?:it|this|them)) (?:goes|ships|moves|gets|will|is going|happens|changes|merges|deploys|launches|starts))\s+(?!(?:going to |gonna )?(?:know|see|tell|say|find out|hear|understand|decide|until|be (?:ready|done|sure|able|certain|clear|available|possible|finished|back|there|here|known))\b)[^?,;]*\buntil\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldUntil();

    /// <summary>What happens to the group or is talk, not an act it refuses (word stems): have, get, be, know, need, go, talk, …</summary>
    private const string NotActing = @"(?:hav|get|be|know|see|need|mak|find|hit|meet|manag|finish|talk|discuss|go|cover|look|spend|worr|pretend|say|tell|los|miss|wast|abl)\w*\b";

    /// <summary>
    /// What the group will not do: "we're not opening a second depot", "we're not going to build a custom portal", "we're
    /// not doing that next year": a verb in -ing, or after "going to". Not what merely will not happen to it ("we're not going to have time", "we're not
    /// getting the discount"), nor talk about the meeting ("we're not going to go into that").
    /// </summary>
    [GeneratedRegex(@"(?<=" + NotRelative + @"\bwe(?:'re| are) )not (?:(?:going to|gonna) (?!" + NotActing + @")[a-z]+|(?!" + NotActing + @")[a-z]+ing) (?:a|an|the|any|anything|our|that|this|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupRefusal();

    /// <summary>
    /// A ruling by whoever runs the meeting, said as the act itself: "I'm calling it eight points", "I'm calling it for the
    /// home team": a value or a side, not a state ("calling it resolved", "calling it done"), "calling it a night", "calling it quits"; "what are we calling it?" asks a name; "I'll call it …"
    /// is read as a task first).
    /// </summary>
    /// <remarks>Also named as one: "my ruling on that is we stay at the top of the band", "my call is we report it" (a course follows: "we", "that"; not "my call is at three").</remarks>
    [GeneratedRegex(@"\bI(?:'m| am) calling it (?!(?:a (?:night|day)|quits|done|over|[a-z]+ed)\b)|\bmy (?:ruling|call)(?: on (?:that|this|it)(?: one)?)? is,? (?:that )?(?=we\b|the [\w-]+ (?:stays|goes|gets)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Ruling();

    /// <summary>
    /// A vote's outcome: "The Friday slot won.", "The motion carried, nine votes to two.": a choice (not a person: "we
    /// lost the match") won, lost or carried. The vote itself is said in the sentence or just before (<see cref="DecisionExtractor"/>).
    /// </summary>
    public static bool IsOutcome(string cleaned) => !cleaned.EndsWith('?') && Outcome().IsMatch(cleaned);

    /// <summary>Whether the sentence speaks of a vote: "we put it to a vote", "nine votes to two", "a show of hands".</summary>
    public static bool SpeaksOfVote(string cleaned) => Vote().IsMatch(cleaned);

    /// <summary>
    /// A vote's outcome said as its tally and then what follows from it: "Okay, three to one, we renew the lease.",
    /// "Unanimous, the motion stands.": the chair's count, then the course (not a question, not "we should …"). The
    /// vote itself is called shortly before (<see cref="DecisionExtractor"/>); a score alone ("we lost three to one") is no tally opener.
    /// </summary>
    public static bool IsTalliedOutcome(string cleaned) => !cleaned.EndsWith('?') && TalliedOutcome().IsMatch(cleaned);

    [GeneratedRegex(@"^(?!(?:I|we|you|they|he|she|who|what|which)\b)(?:[\w'-]+ ){1,4}(?:won|lost|carried|passed)\b[^?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    /// <summary>A count opens the sentence ("three to one", "5-2", "unanimous"), then a clause with its own subject.</summary>
    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and|well)[,.\s]+)*(?:(?:it's|that's|it is|that is) )?(?:unanimous(?:ly)?|(?:one|\d+|" + NumberWords.Pattern + @")(?: votes?)? (?:to|-) (?:one|nil|none|zero|\d+|" + NumberWords.Pattern + @"))(?: in favou?r)?\s*[,:;]\s*(?:so |then )?(?:we|they|the [\w-]+|it|[\w-]+ (?:wins|stays|goes))\b(?!(?:'d| would| should| could| might| may| need)\b)[^?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TalliedOutcome();

    /// <summary>A vote spoken of or called: "we put it to a vote", "nine votes to two", "a show of hands", "hands up", "who's for …".</summary>
    [GeneratedRegex(@"\b(?:vote|votes|voted|voting|ballot|poll|show of hands|hands up|who(?:'s| is) (?:for|in favou?r)|all (?:those )?in favou?r)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vote();

    /// <summary>
    /// An approval or sign-off reported as done: "the board signed off on the new vendor", "legal approved the redlines",
    /// also as the news in a that-clause ("the headline is that the club approved next season's budget"; not "I hope that …").
    /// </summary>
    [GeneratedRegex(@"(?:^|\b(?:is|was) that )(?:(?:and|so|also|okay|ok|good news)[,:\s]+)*(?:the [a-z]+(?: [a-z]+)?|our [a-z]+(?: [a-z]+)?|legal|finance|procurement|security|compliance|management|leadership|\p{Lu}\p{Ll}+)(?: has| have)?(?: finally| already| formally)? (?:signed off on|approved|ratified|green-?lit|rejected|vetoed) (?:the|our|your|their|a|an|it|this|that|(?:[\w-]+ )?[\w-]+'s)\b")]
    private static partial Regex Approved();

    /// <summary>Where the deciding clause ends: a comma, a semicolon, or "but/though/although".</summary>
    [GeneratedRegex(@"[,;]|\s(?:but|though|although|except)\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:(?:I|we)(?:'ve| have)? changed (?:my|our) minds?|change of plans?|(?:we|I)(?:'ve| have)? (?:reversed|scrapped|dropped) (?:that|this|it)\b|scrap that|(?:then |so )?we(?:'re| are)? chang(?:e|ing) (?:it|that|this)\b|on second thought)|^(?:(?:okay|ok|so|right|then|actually|alright|fine)[,.\s]+)*scratch (?:that|this|it|the [\w-]+|[\w-]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reversal();

    [GeneratedRegex(@"\b(?:we|I|they) (?:were|was) (?:going to|gonna|planning to)|\b(?:we|I) (?:had )?planned to\b|\bwe said\b|\bthe plan was\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldPlan();

    [GeneratedRegex(@",\s*(?:right|yeah|yes|correct|ok(?:ay)?|agreed|no)\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmingTag();

    /// <summary>"Final answer: …", "just so it's written down: …": the words that announce a decision, not part of it.</summary>
    [GeneratedRegex(@"^(?:(?:and|so|okay|ok|perfect|good|then)[,.\s]+)*(?:(?:final (?:answer|call|decision|word)|(?:just )?so it's (?:written down|on record|clear)|for the record|to be clear|bottom line)\s*[:,-]\s*|(?:agreed|deal)\s*[,!]\s+|" + WrittenMarker + @")", RegexOptions.IgnoreCase)]
    private static partial Regex SettlingMarker();

    /// <summary>Agreeing on what happened is a finding: "we all agreed that the rollout was rushed" (not "… that the archive stays on-prem").</summary>
    [GeneratedRegex(@"\bagreed that (?:[\w'-]+ ){1,5}(?:was|were|wasn't|weren't|had been|did|didn't)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastFinding();

    [GeneratedRegex(@"^(?:(?:and|so|okay|ok|then)[,.\s]+)*(?:the (?:two |three |main )?)?decisions\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RecapMarker();

    /// <summary>A short label before a colon: "One thing up front: ", "A reminder: ".</summary>
    [GeneratedRegex(@"^(?:[\w'-]+\s+){0,3}[\w'-]+:\s+")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:so|okay|ok|right|then|and|yeah|yes|good)[,.\s]+)*(?:that's|that is|it's|it is|this is) (?:the plan|decided|settled|agreed|final|confirmed|a decision)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointingSettle();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:so,?\s+)?what if we\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIf();

    [GeneratedRegex(@"\b(?!(?:it's|it is|we're|we are) approved\b)(?:we(?:'re| are)|we've|we have|it's|it has been|it's been|has been|have been) (?:moving|moved|pushing|pushed|switching|switched|changing|changed|postponing|postponed|cancelling|canceling|cancelled|canceled|approved|approving)\b.+\b(?:to|from|until|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(?:" + HedgePhrases + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|yes|yeah|good|great|right|sure|perfect|so)[,.!\s]+)*(?:agreed|deal|done|that works|sounds good|let's do (?:that|it)|fine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Assent();

    [GeneratedRegex(@",\s*(?:so|which means|and so|because)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"^,\s*(?:so|which means|and so|because)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceLead();
}
