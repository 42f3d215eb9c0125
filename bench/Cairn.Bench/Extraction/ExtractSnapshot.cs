using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cairn.Bench.Extraction.Scoring;
using Cairn.Extraction;
using Cairn.Extraction.Offline;

namespace Cairn.Bench.Extraction;

/// <summary>
/// <c>extract-snapshot FILE</c>: every extract the offline extractor makes of the labelled samples, the own
/// corpus, the real meetings and the speed transcript, serialised to one JSON file. Diff two snapshots to prove
/// a speed change left the output alone, byte for byte.
/// </summary>
internal static class ExtractSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 1)
        {
            output.WriteLine("usage: extract-snapshot FILE");
            return 2;
        }

        var extracts = new SortedDictionary<string, MeetingExtract>(StringComparer.Ordinal);
        var data = ExtractionEval.DataFolder();
        AddLabelled(extracts, "samples/", Path.Combine(data, "samples"), Path.Combine(data, "samples", "inbox"));
        var corpus = Path.Combine(ExtractionEval.RepoRoot(), "tests", "Cairn.Tests", "Corpus", "extraction");
        if (Directory.Exists(corpus))
        {
            AddLabelled(extracts, "corpus/", corpus, corpus);
        }

        AddRealMeetings(extracts, Path.Combine(data, "real-meetings"));
        extracts["speed/ten-thousand-words"] = new HeuristicExtractor().Extract(ExtractSpeedBenchmark.TenThousandWords(), ExtractionContext.ForOwner("Myself"));
        File.WriteAllText(args[0], JsonSerializer.Serialize(extracts, Options));
        output.WriteLine($"extract-snapshot: {extracts.Count} extracts -> {args[0]}");
        return 0;
    }

    private static void AddLabelled(SortedDictionary<string, MeetingExtract> extracts, string prefix, string labels, string sources)
    {
        var files = ExpectedLabels.Load(Path.Combine(labels, "expected.json")).Items.Select(i => i.File).ToList();
        var results = LabelledCorpus.Score(labels, sources);
        for (var i = 0; i < results.Count; i++)
        {
            extracts[prefix + files[i]] = results[i].Extract;
        }
    }

    private static void AddRealMeetings(SortedDictionary<string, MeetingExtract> extracts, string folder)
    {
        var extractor = new HeuristicExtractor();
        foreach (var file in Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith("index.json", StringComparison.Ordinal)))
        {
            var meeting = RealMeeting.Load(file);
            extracts["real/" + meeting.Id] = extractor.Extract(meeting.ToDocument(), ExtractionContext.ForOwner("Myself"));
        }
    }
}
