using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences → decisions. One-sentence rules first (<see cref="DecisionRules"/>); then the conversational
/// ones: a proposal another speaker agrees to within two turns (and nobody pushes back first), and
/// "that's what we'll do", whose words come from what it settles.
/// </summary>
internal sealed partial class DecisionExtractor(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned, HashSet<int> used)
{
    private readonly List<(Decision Decision, int Turn, bool Explicit)> decisions = [];

    public IReadOnlyList<Decision> Extract()
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            if (!cleaned[i].EndsWith('?') && AgreementRules.RecapOpening(cleaned[i]) is { } recapped && IsConfirmedRecap(i))
            {
                Recap(i, recapped);
            }
            else if (AgreementRules.IsAnaphoricSettle(cleaned[i]) || DecisionRules.PointsBack(cleaned[i]))
            {
                SettleAnaphor(i);
            }
            else if (DecisionRules.IsReversal(cleaned[i]))
            {
                Reverse(i);
            }
            else if (DecisionRules.IsDecision(cleaned[i]))
            {
                foreach (var item in DecisionRules.Items(cleaned[i]))
                {
                    Add(i, i, item, explicitly: true, recap: DecisionRules.IsRecap(cleaned[i]));
                }
            }
            else if (RefusalRules.RefusedAnswer(cleaned[i]) is { } answer)
            {
                Refuse(i, answer);
            }
            else if (AgreementRules.IsProposal(cleaned[i]) && !DecisionRules.IsHedged(cleaned[i]) && AgreeingReply(i) is int reply)
            {
                // "Let's leave support as it is." / "Agreed, standard support stays.": a reply that states the outcome is the decision.
                if (!DecisionRules.IsDecision(cleaned[reply]))
                {
                    Add(i, i, DecisionRules.Clean(AgreementRules.Statement(cleaned[i])));
                }
            }
            else if (IsConcededTerms(i))
            {
                Add(i, i, DecisionRules.Clean(cleaned[i]), explicitly: true);
            }
            else if (AgreementRules.Confirmation(cleaned[i]) is { } settled && IsAgreedTo(i))
            {
                // "Are we all happy with X?" / "Yes." settles X.
                Add(i, i, DecisionRules.Clean(settled));
            }
            else if (DecisionRules.IsOutcome(cleaned[i]) && IsVoted(i))
            {
                Add(i, i, DecisionRules.Clean(cleaned[i]), explicitly: true);
            }
            else if (DecisionRules.IsTalliedOutcome(cleaned[i]) && IsVoteCalled(i))
            {
                // "Let's vote. … / Yes. / No. / Okay, three to one, we make the offer.": the chair's count and its course.
                Add(i, i, DecisionRules.Clean(cleaned[i]), explicitly: true);
            }
            else if (AgreementRules.IsOpenObjectionCall(cleaned[i]) && UnopposedClose(i) is int close)
            {
                SettleUnopposed(i, close);
            }
            else if (AgreementRules.ObjectionCall(cleaned[i]) is { } unopposed && IsUnopposed(i))
            {
                // "Any objections to X?" / "No." settles X.
                Add(i, i, DecisionRules.Clean("We agreed on " + unopposed));
            }
            else if (IsEcho(i))
            {
                // "… Bonding first." / "Agreed. Bonding first.": the other side's closing terms, said back, settle them.
                Add(i, i, DecisionRules.Clean(cleaned[i]), explicitly: true);
            }
        }

        return decisions.Select(d => d.Decision).ToList();
    }

    /// <summary>Another speaker agrees within the next two turns, and nobody objected before that.</summary>
    private bool IsAgreedTo(int index) => AgreeingReply(index) is not null;

    /// <summary>The reply that agrees (<see cref="IsAgreedTo"/>), or null.</summary>
    private int? AgreeingReply(int index)
    {
        foreach (var j in Replies(index))
        {
            var reply = cleaned[j];
            if (AgreementRules.IsAgreement(reply))
            {
                return j;
            }

            if (AgreementRules.IsDisagreement(reply) || reply.EndsWith('?'))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Two years is a stretch. Then, yes. Twelve percent off, two-year term.": terms said right after giving way, in the
    /// words of the other side's last turn (two words of it or more). A reply's "Okay." is no such evidence: "Fine. For
    /// the refunds, talk to Omar." / "Okay." is an instruction.
    /// </summary>
    private bool IsConcededTerms(int index) =>
        index > 0 && sentences[index - 1].Turn == sentences[index].Turn && AgreementRules.IsConcession(cleaned[index - 1])
        && AgreementRules.IsTerms(cleaned[index]) && EchoesLastTurn(index);

    /// <summary>Whether the sentence repeats at least two content words of the last turn another speaker took before it.</summary>
    private bool EchoesLastTurn(int index)
    {
        var j = index - 1;
        while (j >= 0 && (sentences[j].Turn == sentences[index].Turn || sentences[j].Speaker.Equals(sentences[index].Speaker, StringComparison.OrdinalIgnoreCase)))
        {
            j--;
        }

        if (j < 0)
        {
            return false;
        }

        var theirs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = j; k >= 0 && sentences[k].Turn == sentences[j].Turn; k--)
        {
            theirs.UnionWith(ContentWords(cleaned[k]));
        }

        return ContentWords(cleaned[index]).Distinct(StringComparer.OrdinalIgnoreCase).Count(theirs.Contains) >= 2;
    }

    private static IEnumerable<string> ContentWords(string text) => DecisionRules.ContentWords(text);

    /// <summary>A vote is spoken of in the sentence or in the one the same speaker said just before ("There was a vote. Karaoke lost.").</summary>
    private bool IsVoted(int index) =>
        DecisionRules.SpeaksOfVote(cleaned[index])
        || (index > 0 && sentences[index - 1].Speaker.Equals(sentences[index].Speaker, StringComparison.OrdinalIgnoreCase) && DecisionRules.SpeaksOfVote(cleaned[index - 1]));

    /// <summary>
    /// "It's the entrance, everyone sees it. Stone stays." / "Okay. I expected this. Stone stays.": short terms
    /// (<see cref="AgreementRules.IsTerms"/>, two words or more) that repeat word for word the last sentence another
    /// speaker said before this turn, after an assent that opens the turn ("Agreed.", "Okay."). Said back alone it is
    /// only heard ("… In theory." / "In theory."), and a noun said back names no course ("The circuit board.").
    /// </summary>
    private bool IsEcho(int index)
    {
        var first = index;
        while (first > 0 && sentences[first - 1].Turn == sentences[index].Turn)
        {
            first--;
        }

        var theirs = first - 1;
        return theirs >= 0 && AgreementRules.IsTerms(cleaned[index], shortest: 2) && !cleaned[theirs].EndsWith('?')
            && !sentences[theirs].Speaker.Equals(sentences[index].Speaker, StringComparison.OrdinalIgnoreCase)
            && first < index && AgreementRules.IsAgreement(cleaned[first])
            && DecisionRules.ContentWords(cleaned[index]).Any()
            && string.Join(' ', DecisionRules.Words(cleaned[index])).Equals(string.Join(' ', DecisionRules.Words(cleaned[theirs])), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The recap's turn is answered with assent by another speaker ("… Is that right?" / "That's right.").</summary>
    private bool IsConfirmedRecap(int index) => AgreeingReply(LastOfTurn(index)) is not null;

    private int LastOfTurn(int index)
    {
        var last = index;
        while (last + 1 < sentences.Count && sentences[last + 1].Turn == sentences[index].Turn)
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// "So, I try to summarise. Retention three percent, the cap at ten. Fluctuations parked until March. Is that right?" /
    /// "That's right.": each of the recap's terms (short, no one speaking of themselves: <see cref="AgreementRules.IsTerms"/>)
    /// is a decision; a task or a question in it is not.
    /// </summary>
    private void Recap(int opening, string rest)
    {
        for (var j = opening; j <= LastOfTurn(opening); j++)
        {
            var text = j == opening ? rest : cleaned[j];
            if (!used.Contains(j) && AgreementRules.IsTerms(text))
            {
                Add(j, j, DecisionRules.Clean(text), explicitly: true, recap: true);
            }
        }
    }

    /// <summary>
    /// A vote was called or spoken of in the last eight turns: the replies of a vote ("Yes." / "Yes." / "No, but …") come
    /// between the call and the count, one turn each.
    /// </summary>
    private bool IsVoteCalled(int index)
    {
        for (var j = index; j >= 0 && sentences[j].Turn >= sentences[index].Turn - 8; j--)
        {
            if (DecisionRules.SpeaksOfVote(cleaned[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Any objections to X?": the first reply says none ("No.", "Not from me.").</summary>
    private bool IsUnopposed(int index) => Replies(index).Take(1).Any(j => AgreementRules.IsNoObjection(cleaned[j]));

    /// <summary>
    /// "Anyone against that? … No? Okay, that's done then.": the caller closes the call, having checked the silence, and
    /// nobody but a "No." spoke in between. The close, or null when anything else was said first.
    /// </summary>
    private int? UnopposedClose(int call)
    {
        var caller = sentences[call].Speaker;
        for (var j = call + 1; j < sentences.Count && sentences[j].Turn <= sentences[call].Turn + 2; j++)
        {
            var mine = sentences[j].Speaker.Equals(caller, StringComparison.OrdinalIgnoreCase);
            if (mine && AgreementRules.Close(cleaned[j]) is not null)
            {
                return j;
            }

            if (!(mine ? AgreementRules.IsSilenceCheck(cleaned[j]) : AgreementRules.IsNoObjection(cleaned[j])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What an unopposed call settles: named in the close ("Two-sided screen, done."), else restated right after it in the
    /// same turn ("… that's done then. No lifts over the walkway before eight."), else the proposal just before the call.
    /// </summary>
    private void SettleUnopposed(int call, int close)
    {
        var named = AgreementRules.Close(cleaned[close]) ?? string.Empty;
        var next = close + 1;
        if (ContentWords(named).Any())
        {
            Add(close, close, DecisionRules.Clean(named), explicitly: true);
        }
        else if (next < sentences.Count && sentences[next].Turn == sentences[close].Turn && IsRestatement(cleaned[next], longest: 30) && !FirstPerson().IsMatch(cleaned[next]))
        {
            Add(close, next, DecisionRules.Clean(cleaned[next]), explicitly: true);
        }
        else
        {
            for (var j = call - 1; j >= 0 && sentences[j].Turn >= sentences[call].Turn - 2; j--)
            {
                if (AgreementRules.IsProposal(cleaned[j]))
                {
                    Add(close, j, DecisionRules.Clean(AgreementRules.Statement(cleaned[j])), explicitly: true);
                    return;
                }
            }
        }
    }

    /// <summary>The first sentence of each reply by another speaker within the next two turns: what says how it was taken.</summary>
    private IEnumerable<int> Replies(int index)
    {
        var proposer = sentences[index].Speaker;
        var turn = sentences[index].Turn;
        for (var j = index + 1; j < sentences.Count && sentences[j].Turn <= turn + 2; j++)
        {
            if (sentences[j].Turn != turn && sentences[j - 1].Turn != sentences[j].Turn && cleaned[j].Length > 0
                && !sentences[j].Speaker.Equals(proposer, StringComparison.OrdinalIgnoreCase))
            {
                yield return j;
            }
        }
    }

    /// <summary>
    /// "Will the old claims move across?" / "No, and that's deliberate.": the question refused, with the answer. Without a
    /// question only an answer that says what is one ("The honest answer is that the rotas are set in March…"), not a bare
    /// "no". A turn that has decided already adds nothing ("… I can't do one off-cycle. I did ask. The answer was no.").
    /// </summary>
    private void Refuse(int index, string answer)
    {
        if (decisions.Count > 0 && decisions[^1].Turn == sentences[index].Turn)
        {
            return;
        }

        if (QuestionBefore(index) is int question)
        {
            Add(index, question, DecisionRules.Clean(cleaned[question] + " " + answer), explicitly: true);
        }
        else if (!RefusalRules.OnlySaysNo(answer))
        {
            Add(index, index, answer, explicitly: true);
        }
    }

    /// <summary>The last question another speaker asked in the two turns before, unless it only asks for the floor.</summary>
    private int? QuestionBefore(int index)
    {
        for (var j = index - 1; j >= 0 && sentences[j].Turn >= sentences[index].Turn - 2; j--)
        {
            if (cleaned[j].EndsWith('?') && !sentences[j].Speaker.Equals(sentences[index].Speaker, StringComparison.OrdinalIgnoreCase))
            {
                return RefusalRules.AsksForTheFloor(cleaned[j]) ? null : j;
            }
        }

        return null;
    }

    /// <summary>"That's what we'll do": the words are the restatement that follows in the same turn, else the proposal before it.</summary>
    private void SettleAnaphor(int index)
    {
        // "Then per-table policies for the first release. That's decided.": the words come first, in the same turn.
        // "It's decided, it's minuted." names nothing either, but takes only its own speaker's words: "Then signing before
        // Christmas suits everyone." / "That's the plan. I'd like it signed by the 18th." settles nothing.
        var previous = index - 1;
        var sameTurn = previous >= 0 && sentences[previous].Turn == sentences[index].Turn;
        if ((AgreementRules.IsBareSettle(cleaned[index]) || (sameTurn && DecisionRules.PointsBack(cleaned[index]))) && previous >= 0 && sentences[previous].Turn >= sentences[index].Turn - 1
            && !used.Contains(previous) && IsRestatement(cleaned[previous], longest: 30) && !AgreementRules.IsAgreement(cleaned[previous]))
        {
            Add(index, previous, DecisionRules.Clean(cleaned[previous]), explicitly: true);
            return;
        }

        var next = index + 1;
        if (next < sentences.Count && sentences[next].Turn == sentences[index].Turn && IsRestatement(cleaned[next]) && !FirstPerson().IsMatch(cleaned[next]))
        {
            used.Add(next);
            Add(index, next, DecisionRules.Clean(cleaned[next]), explicitly: true);
            return;
        }

        for (var j = index - 1; j >= 0 && sentences[j].Turn >= sentences[index].Turn - 4; j--)
        {
            if (AgreementRules.IsProposal(cleaned[j]))
            {
                Add(index, j, DecisionRules.Clean(AgreementRules.Statement(cleaned[j]).TrimEnd('?')));
                return;
            }
        }
    }

    /// <summary>
    /// "We were going to move it, but we've reversed that. The archive stays on-prem.": the decision is what the
    /// reversal says after its colon, else the next sentence of the turn; the plan it sets aside, said just
    /// before by the same speaker, is neither a decision nor a fact.
    /// </summary>
    private void Reverse(int index)
    {
        var tail = DecisionRules.AfterReversal(cleaned[index]);
        var next = index + 1;
        if (tail.Split(' ').Length >= 3)
        {
            Add(index, index, DecisionRules.Clean(tail), explicitly: true);
        }
        else if (next < sentences.Count && sentences[next].Turn == sentences[index].Turn && IsRestatement(cleaned[next], longest: 25))
        {
            // "Okay, scratch weekly. Keep the monthly report and the fortnightly call, and Sam gets the notes every Monday.":
            // the new course, said whole, is longer than a "that's what we'll do" restatement.
            Add(index, next, DecisionRules.Clean(cleaned[next]), explicitly: true);
        }
        else
        {
            return;
        }

        if (DecisionRules.IsOldPlan(cleaned[index]))
        {
            return;
        }

        var previous = index - 1;
        if (previous >= 0 && sentences[previous].Speaker == sentences[index].Speaker && sentences[previous].Turn >= sentences[index].Turn - 1 && DecisionRules.IsOldPlan(cleaned[previous]))
        {
            used.Add(previous);
        }
    }

    /// <summary>Short enough to restate what was settled, a statement, and not a new clause.</summary>
    /// <param name="longest">A restatement after "that's what we'll do" is short; what "That's the rule now." settles may be longer.</param>
    private static bool IsRestatement(string text, int longest = 15)
    {
        var words = text.Split(' ').Length;
        return words >= 3 && words <= longest && !text.EndsWith('?') && !Conjunction().IsMatch(text);
    }

    /// <summary>A repeat within three turns is dropped, except that an explicit statement replaces the agreed proposal it restates.</summary>
    /// <param name="recap">A recap's "Decisions: …" restates what may have been settled long before: a repeat of any earlier one is dropped.</param>
    private void Add(int settled, int worded, string text, bool explicitly = false, bool recap = false)
    {
        var turn = sentences[settled].Turn;
        var repeat = decisions.FindIndex(d => (recap || turn - d.Turn <= 3) && ActionItemExtractor.Overlap(d.Decision.Text, text) >= 0.6);
        if (text.Length == 0 || (repeat >= 0 && (recap || decisions[repeat].Explicit || !explicitly)))
        {
            return;
        }

        if (repeat >= 0)
        {
            decisions.RemoveAt(repeat);
        }

        used.Add(settled);
        used.Add(worded);
        var evidence = sentences[worded].ToEvidence();
        if (worded != settled)
        {
            evidence = evidence with { Quote = sentences[Math.Min(settled, worded)].Text + " / " + sentences[Math.Max(settled, worded)].Text };
        }

        decisions.Add((new Decision(text, evidence), turn, explicitly));
    }

    [GeneratedRegex(@"^(?:or|and|but|because|'cause)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    /// <summary>"I'd like it signed by the 18th" after "That's the plan.": the speaker's own wish or task, not the plan restated.</summary>
    [GeneratedRegex(@"^I(?:'d|'ll|'m|'ve| would| will| am)?\b")]
    private static partial Regex FirstPerson();

}
