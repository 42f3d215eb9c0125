using Cairn.Bench.Extraction.Scoring;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Bench.Extraction;

/// <summary>
/// The extractor on tests/data/real-meetings: AMI action and decision recall (an item is found when its
/// evidence overlaps a reference supporting utterance), owners of the tasks a reference backs (right, another person, none), and summary
/// ROUGE against the human summaries beside a lead-3 baseline computed in the same run.
/// </summary>
internal static class RealMeetingsEval
{
    /// <param name="captions">Read each meeting as automatic captions give it (<see cref="RealMeeting.ToCaptionDocument"/>):
    /// then an item is supported only by a quote at most three times the reference's length, so one unsplit turn that
    /// holds the reference among a hundred other words does not count as finding it.</param>
    public static void Run(string folder, TextWriter output, bool verbose = false, bool captions = false)
    {
        var extractor = new HeuristicExtractor();
        var actionRefs = 0;
        var actionsFound = 0;
        var owners = OwnerTally.Zero;
        var unplacedOwners = 0;
        var extractedActions = 0;
        var extractedSupported = 0;
        var decisionRefs = 0;
        var decisionsFound = 0;
        var extractedDecisions = 0;
        var decisionsSupported = 0;
        var ours = (R1: 0.0, RL: 0.0);
        var lead = (R1: 0.0, RL: 0.0);
        var files = Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith("index.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var meeting = RealMeeting.Load(file);
            var document = captions ? meeting.ToCaptionDocument() : meeting.ToDocument();
            bool Supports(Evidence evidence, RealTurn reference) => RealMeetingsEval.Supports(evidence, reference) && (!captions || Fits(evidence, reference));
            var extract = extractor.Extract(document, ExtractionContext.ForOwner("Myself"));
            var baseline = string.Join(' ', SentenceSplitter.Split(document).Take(3).Select(s => s.Text));
            ours = (ours.R1 + Rouge.Rouge1(extract.Summary, meeting.ReferenceSummary), ours.RL + Rouge.RougeL(extract.Summary, meeting.ReferenceSummary));
            lead = (lead.R1 + Rouge.Rouge1(baseline, meeting.ReferenceSummary), lead.RL + Rouge.RougeL(baseline, meeting.ReferenceSummary));
            if (meeting.ActionEvidence is not { } actionEvidence)
            {
                continue;
            }

            for (var i = 0; i < actionEvidence.Count; i++)
            {
                if (actionEvidence[i].Count == 0)
                {
                    continue;
                }

                actionRefs++;
                actionsFound += extract.ActionItems.Any(a => actionEvidence[i].Any(r => Supports(a.Evidence, r))) ? 1 : 0;
            }

            var (judged, unplaced) = Owners(meeting, extract, Supports);
            owners += judged;
            unplacedOwners += unplaced;

            if (verbose)
            {
                Print(meeting, extract, output);
            }

            extractedActions += extract.ActionItems.Count;
            extractedSupported += extract.ActionItems.Count(a => actionEvidence.Any(ev => ev.Any(r => Supports(a.Evidence, r))));
            var decisionEvidence = meeting.DecisionEvidence ?? [];
            extractedDecisions += extract.Decisions.Count;
            decisionsSupported += extract.Decisions.Count(d => decisionEvidence.Any(ev => ev.Any(r => Supports(d.Evidence, r))));
            foreach (var evidence in decisionEvidence)
            {
                if (evidence.Count == 0)
                {
                    continue;
                }

                decisionRefs++;
                decisionsFound += extract.Decisions.Any(d => evidence.Any(r => Supports(d.Evidence, r))) ? 1 : 0;
            }
        }

        var n = files.Count;
        if (captions)
        {
            output.WriteLine("real meetings as automatic captions (lower case, no punctuation, a speaker's utterances joined):");
            output.WriteLine($"  AMI actions:   recall {Pct(actionsFound, actionRefs)} ({actionsFound}/{actionRefs}), owners {owners}, extracted {extractedActions}, supported by a reference {Pct(extractedSupported, extractedActions)}");
            output.WriteLine($"  AMI decisions: recall {Pct(decisionsFound, decisionRefs)} ({decisionsFound}/{decisionRefs}), extracted {extractedDecisions}, supported by a reference {Pct(decisionsSupported, extractedDecisions)}");
            return;
        }

        output.WriteLine($"real meetings: {n} files");
        output.WriteLine($"  AMI actions:   recall {Pct(actionsFound, actionRefs)} ({actionsFound}/{actionRefs}), owners (tasks a reference naming one backs) {owners}; a first name no role label places {unplacedOwners} (strictly wrong: {owners.Wrong + unplacedOwners} of {owners.Found + unplacedOwners}), extracted {extractedActions}, supported by a reference {Pct(extractedSupported, extractedActions)}");
        output.WriteLine($"  AMI decisions: recall {Pct(decisionsFound, decisionRefs)} ({decisionsFound}/{decisionRefs}), extracted {extractedDecisions}, supported by a reference {Pct(decisionsSupported, extractedDecisions)}");
        output.WriteLine($"  summary ROUGE-1 F {ours.R1 / n:F3}  ROUGE-L F {ours.RL / n:F3}   (lead-3 baseline: ROUGE-1 F {lead.R1 / n:F3}  ROUGE-L F {lead.RL / n:F3})");
    }

    /// <summary>
    /// Each extracted task that references back, all of them naming an owner (not "team"): its owner against their
    /// roles. Per task, so a task that backs two references is judged by either's owner.
    /// </summary>
    /// <remarks>
    /// AMI labels its speakers by role only, so a first name ("Kate and Kendra will be producing a model") may be any
    /// of them and no role says whether it is right: such owners are counted apart (<c>Unplaced</c>), never as right.
    /// </remarks>
    private static (OwnerTally Judged, int Unplaced) Owners(RealMeeting meeting, MeetingExtract extract, Func<Evidence, RealTurn, bool> supports)
    {
        var sum = OwnerTally.Zero;
        var unplaced = 0;
        var speakers = meeting.Turns.Select(t => t.Speaker).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var a in extract.ActionItems)
        {
            var backing = Enumerable.Range(0, meeting.ActionEvidence!.Count).Where(k => meeting.ActionEvidence[k].Any(r => supports(a.Evidence, r))).ToList();
            var roles = backing.Select(k => meeting.ActionOwners?[k] ?? []).ToList();
            if (roles.Count == 0 || !roles.All(r => r.Count > 0 && !r.Contains("team")))
            {
                continue;
            }

            if (a.Owner is { Length: > 0 } owner && !speakers.Contains(owner))
            {
                unplaced++;
            }
            else
            {
                sum += OwnerTally.Of(a.Owner, roles.SelectMany(r => r));
            }
        }

        return (sum, unplaced);
    }

    /// <summary>Every extracted AMI action and decision, marked + when a reference supports it, with the owner the reference names; then the actions and decisions missed.</summary>
    private static void Print(RealMeeting meeting, MeetingExtract extract, TextWriter output)
    {
        output.WriteLine($"--- {meeting.Id}");
        foreach (var a in extract.ActionItems)
        {
            var i = Enumerable.Range(0, meeting.ActionEvidence!.Count).FirstOrDefault(k => meeting.ActionEvidence[k].Any(r => Supports(a.Evidence, r)), -1);
            var owners = i >= 0 ? string.Join("/", meeting.ActionOwners?[i] ?? []) : string.Empty;
            output.WriteLine($"  {(i >= 0 ? "+" : " ")} task @{a.Owner} [{owners}]: {a.Text}   <- {a.Evidence.Speaker}: {a.Evidence.Quote}");
        }

        foreach (var d in extract.Decisions)
        {
            var hit = (meeting.DecisionEvidence ?? []).Any(ev => ev.Any(r => Supports(d.Evidence, r)));
            output.WriteLine($"  {(hit ? "+" : " ")} decision: {d.Text}   <- {d.Evidence.Speaker}: {d.Evidence.Quote}");
        }

        foreach (var evidence in meeting.ActionEvidence!.Where(ev => ev.Count > 0 && !extract.ActionItems.Any(a => ev.Any(r => Supports(a.Evidence, r)))))
        {
            output.WriteLine($"  - missed action: {string.Join(" | ", evidence.Select(r => r.Speaker + ": " + r.Text))}");
        }

        foreach (var evidence in (meeting.DecisionEvidence ?? []).Where(ev => ev.Count > 0 && !extract.Decisions.Any(d => ev.Any(r => Supports(d.Evidence, r)))))
        {
            output.WriteLine($"  - missed decision: {string.Join(" | ", evidence.Select(r => r.Speaker + ": " + r.Text))}");
        }
    }

    /// <summary>Same speaker, and the item's quote shares at least half the content words of the shorter side.</summary>
    internal static bool Supports(Evidence evidence, RealTurn reference)
    {
        if (evidence.Speaker is { } s && !s.Equals(reference.Speaker, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var a = Content(evidence.Quote);
        var b = Content(reference.Text);
        return a.Count > 0 && b.Count > 0 && a.Intersect(b).Count() >= Math.Max(1, Math.Min(a.Count, b.Count) / 2.0);
    }

    private static bool Fits(Evidence evidence, RealTurn reference) => Content(evidence.Quote).Count <= 3 * Math.Max(4, Content(reference.Text).Count);

    private static HashSet<string> Content(string text) => Rouge.Tokens(text).Where(t => t.Length > 2 && !IsStop(t)).ToHashSet();

    private static bool IsStop(string t) => t is "the" or "and" or "you" or "that" or "this" or "for" or "with" or "are" or "was" or "just" or "gonna" or "yeah" or "okay" or "its" or "it's" or "have" or "will" or "what" or "but" or "not" or "can" or "all" or "know" or "think" or "like";

    private static string Pct(int a, int b) => b == 0 ? "n/a" : $"{100.0 * a / b:F0}%";
}
