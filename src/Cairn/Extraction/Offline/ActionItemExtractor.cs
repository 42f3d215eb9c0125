using System.Text.RegularExpressions;
using Cairn.Notes;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences → tasks: detect, give an owner, rewrite as an imperative, attach due date and priority, then
/// fold a request and the reply that accepts it into one task, and drop repeats.
/// </summary>
internal sealed partial class ActionItemExtractor(OwnerResolver owners, DateOnly meetingDate)
{
    public IReadOnlyList<ActionItem> Extract(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned, ISet<int> used)
    {
        var drafts = new List<Draft>();
        var recapTurn = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var recapAt = ActionItemRules.RecapStart(cleaned[i]);
            recapTurn = recapAt >= 0 ? sentences[i].Turn : recapTurn;
            if (Detect(sentences[i], cleaned[i]) is { } candidate)
            {
                drafts.AddRange(CommitmentSplitter.Split(candidate).Select(c => ToDraft(c, sentences)));
            }
            else if (sentences[i].Turn == recapTurn)
            {
                // "Let me recap. Tom sends the quote by Friday.": the rest of the turn says who does what, in the present.
                drafts.AddRange(CommitmentSplitter.Recapped(sentences[i], cleaned[i][Math.Max(recapAt, 0)..]).Select(c => ToDraft(c, sentences)).Where(d => d.Owner is not null));
            }
        }

        TakeUpOffers(drafts, sentences, cleaned);
        MergeAcceptances(drafts, sentences, cleaned);
        MergeTakenOn(drafts);
        HandOver(drafts, sentences, cleaned);
        var items = new List<ActionItem>();
        var kept = new List<Draft>();
        // "I will do so after every meeting" names no work of its own: once no request gave it words, it is no task;
        // nor is "I'll do that today" once no offer before gave it words.
        // Nor is "I'll add it" once no request gave it words.
        foreach (var d in drafts.Where(d => !d.Merged && d.Text.Length > 0 && !ProForm().IsMatch(d.Text) && !ProVerb.StandsFor(d.Text) && !(d.Candidate.Kind == CommitmentKind.FirstPerson && ActionItemRules.IsVague(d.Text))
            && HasOwnerOrNeedsNone(d)))
        {
            var same = Enumerable.Range(0, items.Count).FirstOrDefault(k => Repeats(d, items[k], kept[k]), -1);
            if (same >= 0)
            {
                // "Review it" then, in the recap, "Review the retry PR": the same task, kept in the words that say more of it.
                if (SaysMore(d.Text, items[same].Text) || Restates(d, kept[same]))
                {
                    items[same] = items[same] with { Text = d.Text, Due = items[same].Due ?? d.Due };
                    used.Add(d.Candidate.Sentence.Index);
                }
                else
                {
                    // "I can make the introduction, if that's useful." … "Fine, I'll do that this week.": the repeat may say when.
                    items[same] = items[same] with { Due = items[same].Due ?? d.Due };
                }

                continue;
            }

            used.Add(d.Candidate.Sentence.Index);
            items.Add(new ActionItem(d.Text, d.Owner, d.Due, d.Priority, d.Evidence));
            kept.Add(d);
        }

        return items;
    }

    /// <summary>Whether a draft says again a task already kept (first said as <paramref name="first"/>).</summary>
    private static bool Repeats(Draft d, ActionItem item, Draft first) =>
        item.Owner == d.Owner && Overlap(item.Text, d.Text) is var overlap && (overlap >= 0.6 || (overlap > 0 && Restates(d, first)));

    /// <summary>
    /// "Dev will get it back to them by the 22nd" in the prose, then "- [ ] Dev: Quayside questionnaire back by the 22nd"
    /// under Next steps: a list item with the same owner and due date as a task of the prose restates it, in the words
    /// the writer chose for it.
    /// </summary>
    private static bool Restates(Draft listed, Draft prose) =>
        listed.Candidate.Sentence.Mark != ListMark.None && prose.Candidate.Sentence.Mark == ListMark.None && listed.Due is not null && listed.Due == prose.Due;

    /// <summary>A list item naming a person who owns it first, then the prose rules, then what the notes mark as a task.</summary>
    private ActionCandidate? Detect(Sentence sentence, string cleaned) =>
        ListItemRules.Named(sentence, cleaned) is { } named && owners.Resolve(named) is not null
            ? named
            : ActionItemRules.Detect(sentence, cleaned) ?? ListItemRules.Marked(sentence, cleaned);

    private Draft ToDraft(ActionCandidate said, IReadOnlyList<Sentence> sentences)
    {
        var candidate = said with { Clause = PointedBack(said, sentences) };
        var due = DueDateParser.Find(candidate.Clause, meetingDate);
        var speaker = owners.Speaker(candidate.Sentence);
        var owner = owners.Resolve(candidate);
        var addressee = candidate.Kind == CommitmentKind.Request ? null : owners.Addressee(candidate.Sentence);
        var text = ImperativeRewriter.Rewrite(candidate.Clause, candidate.Kind, speaker, due?.Phrase, addressee, owner);
        if (candidate.Kind == CommitmentKind.Assignment && text.Length > 0)
        {
            text = "Work on " + char.ToLowerInvariant(text[0]) + text[1..];
        }

        return new Draft(candidate, text, owner, due?.Date, PriorityRules.From(candidate.Sentence.Text), candidate.Sentence.ToEvidence());
    }

    /// <summary>
    /// Whether a task may stand: an owner, or none needed (an assignment, a bare imperative and "you have to push it"
    /// with no when need one).
    /// </summary>
    private static bool HasOwnerOrNeedsNone(Draft d) =>
        d.Owner is not null || (d.Candidate.Kind != CommitmentKind.Assignment && !d.Candidate.NeedsOwner && (!d.Candidate.Generic || d.Due is not null));

    /// <summary>
    /// "I can put that in writing." / "Please do, a letter is fine.": an offer is the offerer's task when the next turn,
    /// by someone else, takes it up; otherwise ("No need.", silence, another topic) it is none.
    /// </summary>
    private static void TakeUpOffers(List<Draft> drafts, IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var offer = drafts[i].Candidate;
            if (!offer.Offered)
            {
                continue;
            }

            var next = Enumerable.Range(offer.Sentence.Index + 1, sentences.Count - offer.Sentence.Index - 1)
                .FirstOrDefault(k => sentences[k].Turn != offer.Sentence.Turn, -1);
            var takenUp = next >= 0 && sentences[next].Turn == offer.Sentence.Turn + 1 && sentences[next].Speaker != offer.Sentence.Speaker && TakesUp().IsMatch(cleaned[next]);
            drafts[i] = takenUp
                ? drafts[i] with { Evidence = drafts[i].Evidence with { Quote = drafts[i].Evidence.Quote + " / " + sentences[next].Text } }
                : drafts[i] with { Merged = true };
        }
    }

    private static string? PreviousBySameSpeaker(Sentence sentence, IReadOnlyList<Sentence> sentences) =>
        sentence.Index > 0 && sentences[sentence.Index - 1] is { } previous && previous.Turn == sentence.Turn ? previous.Text : null;

    /// <summary>
    /// A clause that points back said in full: "do that" as the work the speaker offered, "it"/"that" as the thing named
    /// before, "him"/"her" as the person named nearest before (<see cref="ProVerb"/>, <see cref="PronounObject"/>).
    /// </summary>
    private string PointedBack(ActionCandidate said, IReadOnlyList<Sentence> sentences)
    {
        var sentence = said.Sentence;
        var earlier = Enumerable.Range(0, sentence.Index).Reverse().Select(k => sentences[k]).TakeWhile(e => e.Turn >= sentence.Turn - 2).ToList();
        var clause = ProVerb.Resolve(said.Clause, earlier.Where(e => e.Speaker == sentence.Speaker).Select(e => e.Text));
        var question = earlier.FirstOrDefault(e => e.Turn == sentence.Turn - 1 && e.Speaker != sentence.Speaker && e.IsQuestion)?.Text;
        clause = PronounObject.Resolve(clause, PreviousBySameSpeaker(sentence, sentences), sentence.Text, question);
        var nearest = Enumerable.Range(0, sentence.Index).Reverse().Take(4).Select(k => sentences[k].Text);
        return PronounObject.ResolvePerson(clause, nearest, owners.PersonNamed, owners.Speaker(sentence));
    }

    /// <summary>
    /// "Sam, can you fix it by Thursday?" / "Yes, I'll fix it." is one task, owned by the one who accepted. The
    /// reply that decides is the first turn of the person asked (of anyone else when nobody was named) within
    /// two turns: its opening accepts ("sure", "I can take that", "leave it with me") or declines ("I can't
    /// this week", "not this week"). A declined request is no task; a commitment made while declining stands
    /// on its own, and takes the request's words when it only points back at them ("I'll send it Tuesday").
    /// </summary>
    private void MergeAcceptances(List<Draft> drafts, IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var request = drafts[i];
            if (request.Candidate.Kind != CommitmentKind.Request || request.Merged)
            {
                continue;
            }

            if (DecidingReply(request, sentences) is not { } opening)
            {
                MergeByDraft(drafts, i);
                continue;
            }

            if (HandedOn(drafts, i, opening, cleaned[opening.Index]))
            {
                continue;
            }

            var reply = drafts.FindIndex(i + 1, d => !d.Merged && d.Candidate.Kind == CommitmentKind.FirstPerson && d.Candidate.Sentence.Turn == opening.Turn);
            if (Decline().IsMatch(cleaned[opening.Index]))
            {
                if (reply >= 0 && PointsBack().IsMatch(drafts[reply].Text))
                {
                    Merge(drafts, i, reply, drafts[reply].Due ?? request.Due);
                }
                else
                {
                    drafts[i] = request with { Merged = true };
                }
            }
            else if (reply >= 0 && (Accepts(cleaned[opening.Index]) || Accepts(drafts[reply].Candidate.Sentence.Text) || Overlap(request.Text, drafts[reply].Text) > 0
                || ActionItemRules.IsVague(drafts[reply].Text) || EndsOnIt().IsMatch(drafts[reply].Text)))
            {
                Merge(drafts, i, reply, request.Due ?? drafts[reply].Due);
            }
            else if (request.Owner is not null || request.Candidate.NeedsOwner ? Accepts(cleaned[opening.Index]) : TakesItOn().IsMatch(cleaned[opening.Index]))
            {
                // "Yeah, leave it with me." names no task of its own: the request is the task, owned by whoever took it
                // on ("okay" alone does not give an unaddressed request an owner).
                // "Sure, I can get that to you by Friday." gives the request its date too.
                drafts[i] = request with
                {
                    Owner = request.Owner ?? owners.Speaker(opening),
                    Due = request.Due ?? DueDateParser.Find(cleaned[opening.Index], meetingDate)?.Date,
                    Evidence = request.Evidence with { Quote = request.Evidence.Quote + " / " + opening.Text },
                };
            }
            else
            {
                MergeByDraft(drafts, i);
            }
        }
    }

    /// <summary>
    /// "Tom, could you find out who is on the panel?" / "Priya will schedule the panel and send you the names.": the
    /// one asked passes the work on. The reply's task stands for both, owned by whom it names; when it names nobody
    /// known, the request stays with no owner (the one asked did not take it; a wrong name is worse than none).
    /// </summary>
    private static bool HandedOn(List<Draft> drafts, int i, Sentence opening, string cleanedOpening)
    {
        var request = drafts[i];
        var handed = Accepts(cleanedOpening) ? -1 : drafts.FindIndex(i + 1, d => !d.Merged && d.Candidate.Kind == CommitmentKind.ThirdParty && d.Candidate.Sentence.Index == opening.Index);
        if (handed < 0 || (request.Owner is not null && drafts[handed].Owner == request.Owner))
        {
            return false;
        }

        var to = drafts[handed];
        var evidence = request.Evidence with { Quote = request.Evidence.Quote + " / " + to.Evidence.Quote };
        (drafts[i], drafts[handed]) = to.Owner is not null
            ? (request with { Merged = true }, to with { Due = to.Due ?? request.Due, Evidence = evidence })
            : (request with { Owner = null, Evidence = evidence }, to with { Merged = true });
        return true;
    }

    /// <summary>The opening sentence of the first turn, within two turns, by the person asked (by anyone else when nobody was).</summary>
    private Sentence? DecidingReply(Draft request, IReadOnlyList<Sentence> sentences)
    {
        var asked = request.Candidate.Sentence;
        var asker = owners.Speaker(asked);
        for (var k = asked.Index + 1; k < sentences.Count && sentences[k].Turn <= asked.Turn + 2; k++)
        {
            var s = sentences[k];
            if (s.Turn == asked.Turn || sentences[k - 1].Turn == s.Turn)
            {
                continue;
            }

            var speaker = owners.Speaker(s);
            if (speaker is not null && !speaker.Equals(asker, StringComparison.OrdinalIgnoreCase)
                && (request.Owner is null || speaker.Equals(request.Owner, StringComparison.OrdinalIgnoreCase)))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>A commitment within two turns that accepts the request or repeats its words.</summary>
    private static void MergeByDraft(List<Draft> drafts, int i)
    {
        var request = drafts[i];
        var turn = request.Candidate.Sentence.Turn;
        for (var j = i + 1; j < drafts.Count; j++)
        {
            var reply = drafts[j];
            var replyTurn = reply.Candidate.Sentence.Turn;
            if (replyTurn > turn + 2)
            {
                break;
            }

            if (replyTurn == turn || reply.Candidate.Kind != CommitmentKind.FirstPerson || reply.Merged
                || (request.Owner is not null && reply.Owner != request.Owner)
                || !(Accepts(reply.Candidate.Sentence.Text) || Overlap(request.Text, reply.Text) > 0))
            {
                continue;
            }

            Merge(drafts, i, j, request.Due ?? reply.Due);
            break;
        }
    }

    /// <summary>
    /// "Maybe Chen should look at the memory leak." / "Sure, I'll look at it after lunch.": the named person's reply
    /// that points back at the task (or only accepts it) within two turns is the same task, not a second one.
    /// </summary>
    private static void MergeTakenOn(List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var task = drafts[i];
            if (task.Merged || task.Owner is null || task.Candidate.Kind is not (CommitmentKind.ThirdParty or CommitmentKind.Marker))
            {
                continue;
            }

            var turn = task.Candidate.Sentence.Turn;
            var reply = drafts.FindIndex(i + 1, d => !d.Merged && d.Candidate.Kind == CommitmentKind.FirstPerson && d.Owner == task.Owner
                && d.Candidate.Sentence.Turn > turn && d.Candidate.Sentence.Turn <= turn + 2 && (PointsBack().IsMatch(d.Text) || Overlap(task.Text, d.Text) > 0));
            if (reply >= 0)
            {
                Merge(drafts, i, reply, drafts[reply].Due ?? task.Due);
            }
        }
    }

    /// <summary>A speaker's own commitment that the next turn, by another speaker, takes over is the taker's (<see cref="TakenOver"/>).</summary>
    private void HandOver(List<Draft> drafts, IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var said = drafts[i].Candidate.Sentence;
            if (drafts[i].Merged || drafts[i].Candidate.Kind != CommitmentKind.FirstPerson)
            {
                continue;
            }

            var turn = string.Join(' ', sentences.Where(s => s.Turn == said.Turn).Select(s => s.Text));
            var taker = sentences.FirstOrDefault(s => s.Turn == said.Turn + 1 && s.Speaker.Length > 0 && s.Speaker != said.Speaker && TakenOver.Takes(cleaned[s.Index], turn));
            if (taker is not null && owners.Speaker(taker) is { } who)
            {
                drafts[i] = drafts[i] with { Owner = who, Evidence = drafts[i].Evidence with { Quote = drafts[i].Evidence.Quote + " / " + taker.Text } };
                // "Let me do the quote, you have the venue" says the same work again: not a task of its own.
                var again = drafts.FindIndex(d => d.Candidate.Sentence.Index == taker.Index && d.Candidate.Kind == CommitmentKind.FirstPerson);
                if (again >= 0)
                {
                    drafts[again] = drafts[again] with { Merged = true };
                }
            }
        }
    }

    private static void Merge(List<Draft> drafts, int request, int reply, DateOnly? due)
    {
        var (r, a) = (drafts[request], drafts[reply]);
        drafts[reply] = a with { Merged = true };
        drafts[request] = r with
        {
            Owner = a.Owner,
            Due = due,
            Priority = (TaskPriority)Math.Max((int)r.Priority, (int)a.Priority),
            Evidence = r.Evidence with { Quote = r.Evidence.Quote + " / " + a.Evidence.Quote },
        };
    }

    /// <summary>
    /// Whether a task says another one with a few more words: "Review the retry PR" for "Review it", "Send the revised
    /// order form with the true-up clause" for "Send the revised order form". The same verb, all the other's words, at
    /// most three more ("Send a credit proposal, my mobile and an invite" is a list, not "Send my mobile" said fuller).
    /// </summary>
    private static bool SaysMore(string fuller, string than)
    {
        var (more, less) = (ContentWords(fuller), ContentWords(than));
        return FirstWord(fuller).Equals(FirstWord(than), StringComparison.OrdinalIgnoreCase) && less.IsSubsetOf(more)
            && more.Count > less.Count && more.Count <= less.Count + 3;
    }

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>Shared content words over the smaller side's count: how much two task texts say the same.</summary>
    internal static double Overlap(string a, string b)
    {
        var wa = ContentWords(a);
        var wb = ContentWords(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        return (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    // "Hartwell's call" and "the Hartwell call" name the same thing: a possessive's "'s" is no word of its own.
    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value)
            .Where(w => w.Length > 3 && !StopWords.Contains(w)).ToHashSet();

    private sealed record Draft(ActionCandidate Candidate, string Text, string? Owner, DateOnly? Due, TaskPriority Priority, Evidence Evidence)
    {
        public bool Merged { get; init; }
    }

    [GeneratedRegex(@"^(?:yes|yeah|yep|sure|ok(?:ay)?|will do|on it|absolutely|of course|no problem|definitely|can do|sounds good|got it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareAcceptance();

    /// <summary>A reply that takes the work on, not just a nod ("okay", "yeah" are often only listening); "noted" does, "noted, but…" not.</summary>
    [GeneratedRegex(@"^(?:(?:yes|yeah|yep|sure|ok(?:ay)?|absolutely|of course|definitely)[,.!\s]+)*(?:will do|on it|can do|no problem|no worries|you got it|consider it done|noted(?![,\s]+but\b)|of course I (?:will|can)|I will\W*$|(?:I'm |I am |I'd be )?(?:happy|glad) to|leave (?:it|that|this)(?: one)? with me|I(?:'ve| have)? got (?:it|this|that)|I can (?:do|take|handle|own|manage|take care of) (?:it|that|this)|I(?:'ll| will) (?:do|take|handle|own) (?:it|that|this))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakesItOn();

    /// <summary>Taking an offer up: "please do", "yes please", "that would be great", "go ahead", "sounds good", "fine", "sold".</summary>
    [GeneratedRegex(@"^(?:(?:oh|okay|ok|yes|yeah|great|perfect|sure|thanks|thank you)[,.!\s]+)*(?:please do|(?:that's |that is )?fine\b(?![,\s]+but\b)|sold|deal|lovely|brilliant|yes,? please|please|that would (?:be (?:great|helpful|perfect|lovely|amazing|brilliant|ideal|useful|fantastic)|help)|that'd (?:be (?:great|helpful|perfect|lovely|amazing|brilliant|ideal|useful|fantastic)|help)|go ahead|go for it|do it|sounds (?:good|great)|works for me|I'd appreciate (?:it|that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakesUp();

    private static bool Accepts(string reply) => BareAcceptance().IsMatch(reply) || TakesItOn().IsMatch(reply);

    /// <summary>A reply that turns the request down: "I can't do that this week", "not this week, I'm travelling".</summary>
    [GeneratedRegex(@"^(?:(?:sorry|unfortunately|no|nope|well|hmm|honestly|oh|ah|afraid)[,.!\s]+)*(?:I can't|I cannot|I can not|I won't be able|I(?:'m| am) not able|I(?:'m| am) unable|I(?:'m| am) afraid (?:I|not)|not (?:this|next) week|not today|not (?:right )?now|I don't have (?:the )?(?:time|bandwidth|capacity)|I(?:'m| am) (?:out|away|off|travelling|traveling|on leave|on holiday|on vacation)\b|no can do|I'd rather not|I'll pass)", RegexOptions.IgnoreCase)]
    private static partial Regex Decline();

    /// <summary>A commitment that only points back at what was asked: "send it", "do that".</summary>
    [GeneratedRegex(@"^\w+(?: \w+)? (?:it|them|that|this|those|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>Work that ends on what was asked for: "ask Rosa for it", "chase the vendor about them".</summary>
    [GeneratedRegex(@"\b(?:it|them)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsOnIt();

    /// <summary>A verb phrase that stands for one said before: "do so", "do the same", "do likewise" ("do that": <see cref="ProVerb"/>).</summary>
    [GeneratedRegex(@"^do (?:so|the same|likewise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProForm();

    [GeneratedRegex(@"[a-z][a-z'-]+")]
    private static partial Regex Word();
}
