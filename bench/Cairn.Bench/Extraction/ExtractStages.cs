using System.Diagnostics;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Bench.Extraction;

/// <summary>
/// The stages of <see cref="HeuristicExtractor.Extract"/> replayed in the same order, each on its own stopwatch,
/// so <c>extract-speed</c> can say where the time goes. Keep it in step with the extractor.
/// </summary>
internal static class ExtractStages
{
    public static IReadOnlyList<(string Stage, double Ms)> Medians(SourceDocument document, ExtractionContext context, int runs)
    {
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < runs + 3; i++)
        {
            var times = Once(document, context);
            if (i < 3)
            {
                continue;
            }

            foreach (var (stage, ms) in times)
            {
                (samples.TryGetValue(stage, out var list) ? list : samples[stage] = []).Add(ms);
            }
        }

        return samples.Select(s => (s.Key, s.Value.Order().ElementAt(s.Value.Count / 2))).ToList();
    }

    private static List<(string, double)> Once(SourceDocument document, ExtractionContext context)
    {
        var times = new List<(string, double)>();
        var sw = Stopwatch.StartNew();
        T Time<T>(string stage, Func<T> step)
        {
            sw.Restart();
            var result = step();
            times.Add((stage, sw.Elapsed.TotalMilliseconds));
            return result;
        }

        var date = HeuristicExtractor.MeetingDate(document);
        var sentences = Time("sentence split", () => SentenceSplitter.Split(document));
        var cleaned = Time("filler words", () => sentences.Select(s => FillerWords.Remove(s.Text)).ToList());
        var people = Time("people directory", () =>
        {
            var p = new PeopleDirectory(HeuristicExtractor.ParticipantNames(document), context);
            p.LearnIntroductions(sentences);
            return p;
        });
        var title = document.Title;
        var used = new HashSet<int>();
        var actions = Time("action items", () =>
        {
            var owners = new OwnerResolver(people, sentences, HeuristicExtractor.EmailAddressee(document, people));
            return new ActionItemExtractor(owners, date).Extract(sentences, cleaned, used);
        });
        var decisions = Time("decisions", () => new DecisionExtractor(sentences, cleaned, used).Extract());
        Time("facts", () => new FactExtractor(sentences, cleaned, used, document.Utterances.Count > 0, name => people.Resolve(name) is { } who && people.Participants.Contains(who)).Extract());
        var external = Time("external companies", () => MeetingClassifier.ExternalCompanies(document, title, sentences, context, people).ToList());
        var entities = Time("entities", () => new EntityRecognizer(people, context).Recognize(sentences, title, external));
        var (type, account) = Time("classify", () => MeetingClassifier.Classify(external, people.Participants, context.Us, title, string.Join(' ', cleaned)));
        var topics = Time("topics", () => TopicExtractor.Topics(cleaned, HeuristicExtractor.TopicExclusions(entities, context), title: title));
        var opening = SummaryOpening.Make(TitleMaker.Make(title, account, topics, people.Participants), type, account, people.Participants, context.Us);
        Time("summary", () => Summarizer.Summarize(cleaned, used, HeuristicExtractor.Indices(sentences, decisions.Select(d => d.Evidence)), HeuristicExtractor.Indices(sentences, actions.Select(a => a.Evidence)), opening));
        return times;
    }
}
