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
        for (var i = 0; i < sentences.Count; i++)
        {
            if (ActionItemRules.Detect(sentences[i], cleaned[i]) is { } candidate)
            {
                drafts.Add(ToDraft(candidate));
            }
        }

        MergeAcceptances(drafts);
        var items = new List<ActionItem>();
        foreach (var d in drafts.Where(d => !d.Merged && d.Text.Length > 0 && (d.Owner is not null || d.Candidate.Kind != CommitmentKind.Assignment)))
        {
            if (items.Any(i => i.Owner == d.Owner && Overlap(i.Text, d.Text) >= 0.6))
            {
                continue;
            }

            used.Add(d.Candidate.Sentence.Index);
            items.Add(new ActionItem(d.Text, d.Owner, d.Due, d.Priority, d.Evidence));
        }

        return items;
    }

    private Draft ToDraft(ActionCandidate candidate)
    {
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

    /// <summary>"Sam, can you fix it by Thursday?" / "Yes, I'll fix it." is one task, owned by the one who accepted.</summary>
    private static void MergeAcceptances(List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var request = drafts[i];
            if (request.Candidate.Kind != CommitmentKind.Request || request.Merged)
            {
                continue;
            }

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
                    || !(Acceptance().IsMatch(reply.Candidate.Sentence.Text) || Overlap(request.Text, reply.Text) > 0))
                {
                    continue;
                }

                drafts[j] = reply with { Merged = true };
                drafts[i] = request with
                {
                    Owner = reply.Owner,
                    Due = request.Due ?? reply.Due,
                    Priority = (TaskPriority)Math.Max((int)request.Priority, (int)reply.Priority),
                    Evidence = request.Evidence with { Quote = request.Evidence.Quote + " / " + reply.Evidence.Quote },
                };
                break;
            }
        }
    }

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

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3 && !StopWords.Contains(w)).ToHashSet();

    private sealed record Draft(ActionCandidate Candidate, string Text, string? Owner, DateOnly? Due, TaskPriority Priority, Evidence Evidence)
    {
        public bool Merged { get; init; }
    }

    [GeneratedRegex(@"^(?:yes|yeah|yep|sure|ok(?:ay)?|will do|on it|absolutely|of course|no problem|definitely|can do|sounds good|got it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"[a-z][a-z'-]+")]
    private static partial Regex Word();
}
