using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cairn.Extraction;
using Cairn.Extraction.Llm;
using Cairn.Extraction.Offline;
using Cairn.Sources;
using Microsoft.Extensions.AI;

namespace Cairn.Bench.Extraction;

/// <summary>
/// What the LLM path costs around the model, with a model that answers at once: tokens sent per source against
/// the transcript's own tokens (instruction, schema and names included), and the time Cairn adds per source
/// (prompt, split, parse, grounding), against the offline extractor on the same source, measured alternately.
/// </summary>
internal static class LlmCostBenchmark
{
    public static int Run(TextWriter output)
    {
        var data = ExtractionEval.DataFolder();
        var meetings = Directory.GetFiles(Path.Combine(data, "real-meetings"), "*.json").Where(f => Path.GetFileName(f) != "index.json").Order(StringComparer.Ordinal).Select(RealMeeting.Load).Select(m => m.ToDocument()).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fixed per request: instruction {TokenCounter.Count(LlmPrompt.System(schemaInPrompt: false))} tokens, schema {TokenCounter.Count(LlmPrompt.Schema.GetRawText())} tokens (prompt version {LlmPrompt.Version})"));
        output.WriteLine();
        var samples = Directory.GetFiles(Path.Combine(data, "samples", "inbox")).Order(StringComparer.Ordinal).Select(f => SourceReader.ReadFile(f).Document).OfType<SourceDocument>();
        output.WriteLine("source                    utterances  transcript tok  file tok  requests  sent tok  sent/transcript");
        foreach (var document in samples.Concat(meetings).Append(ThreeHours(meetings)))
        {
            var (requests, sent) = Tokens(document);
            var transcript = TokenCounter.Count(string.Join('\n', SourcePassages.Of(document).Select(SourcePassages.Line)));
            var file = new[] { Path.Combine(data, "real-meetings", document.FileName), Path.Combine(data, "samples", "inbox", document.FileName) }.FirstOrDefault(File.Exists) is { } path ? TokenCounter.Count(File.ReadAllText(path)) : 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Short(document.FileName),-25} {document.Utterances.Count,10}  {transcript,14}  {file,8}  {requests,8}  {sent,8}  {(double)sent / transcript,15:0.00}x"));
        }

        output.WriteLine();
        output.WriteLine("time per source (median of 15, llm and offline alternating, instant model):");
        foreach (var document in new[] { meetings[0], meetings[^1], ThreeHours(meetings) })
        {
            var (llm, offline) = Times(document, 15);
            var text = string.Join('\n', SourcePassages.Of(document).Select(SourcePassages.Line));
            var count = Stopwatch.StartNew();
            var tokens = TokenCounter.Count(text);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {document.FileName,-25} llm path {llm,7:0.0} ms   offline extractor {offline,7:0.0} ms   (one count of its {tokens:N0} tokens: {count.Elapsed.TotalMilliseconds:0.0} ms)"));
        }

        return 0;
    }

    private static string Short(string name) => name.Length <= 25 ? name : name[..24] + "…";

    private static (int Requests, long Sent) Tokens(SourceDocument document)
    {
        var client = new InstantModel();
        var extractor = new LlmExtractor(client, new LlmExtractorOptions("openai", "bench"), new HeuristicExtractor());
        _ = extractor.ExtractAsync(document, ExtractionContext.ForOwner("Myself")).GetAwaiter().GetResult();

        // What the server receives: every message, and the schema once per request that carries it as response_format.
        var schema = TokenCounter.Count(LlmPrompt.Schema.GetRawText());
        var sent = client.Requests.Sum(r => r.Messages.Sum(m => TokenCounter.Count(m.Text)) + (r.Options?.ResponseFormat is null ? 0 : schema));
        return (client.Requests.Count, sent);
    }

    private static (double Llm, double Offline) Times(SourceDocument document, int rounds)
    {
        var llm = new List<double>();
        var offline = new List<double>();
        var heuristic = new HeuristicExtractor();
        for (var i = 0; i < rounds + 2; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = new LlmExtractor(new InstantModel(), new LlmExtractorOptions("openai", "bench"), heuristic).ExtractAsync(document, ExtractionContext.ForOwner("Myself")).GetAwaiter().GetResult();
            var a = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = heuristic.Extract(document, ExtractionContext.ForOwner("Myself"));
            var b = clock.Elapsed.TotalMilliseconds;
            if (i >= 2)
            {
                llm.Add(a);
                offline.Add(b);
            }
        }

        llm.Sort();
        offline.Sort();
        return (llm[rounds / 2], offline[rounds / 2]);
    }

    /// <summary>About three hours of talk: the real meetings one after another (~30,000 words).</summary>
    private static SourceDocument ThreeHours(List<SourceDocument> meetings)
    {
        var utterances = new List<Utterance>();
        var words = 0;
        for (var round = 0; words < 30_000; round++)
        {
            foreach (var u in meetings.SelectMany(m => m.Utterances))
            {
                utterances.Add(u);
                words += u.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= 30_000)
                {
                    break;
                }
            }
        }

        return new SourceDocument("three-hours.json", "json", SourceKind.Transcript, "Three hours", new DateOnly(2025, 1, 6),
            utterances.Select(u => u.Speaker).Distinct().Select(s => new Participant(s)).ToList(), utterances);
    }

    /// <summary>A model that answers at once: one action item quoting the part's first line, a decision whose quote is not in it.</summary>
    private sealed class InstantModel : IChatClient
    {
        private readonly Lock gate = new();

        public List<(List<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            lock (gate)
            {
                Requests.Add((list, options));
            }

            var user = list[^1].Text;
            var start = user.IndexOf("<source>\n", StringComparison.Ordinal);
            if (start < 0)
            {
                return Task.FromResult(Answer("One summary."));
            }

            var line = user[(start + 9)..].Split('\n')[0];
            var quote = string.Join(' ', line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ').Take(12));
            var reply = JsonSerializer.Serialize(new
            {
                title = "Meeting",
                meeting_type = "internal",
                account = (string?)null,
                summary = "A meeting.",
                action_items = new[] { new { text = "Follow up", owner = (string?)null, due = (string?)null, priority = "none", quote } },
                decisions = new[] { new { text = "Invented", quote = "words nobody said in this meeting" } },
                facts = Array.Empty<object>(),
                entities = Array.Empty<object>(),
                topics = Array.Empty<string>(),
            });
            return Task.FromResult(Answer(reply));
        }

        /// <summary>A reply with usage, as every provider reports it (so the extractor does not count tokens itself); the bench counts what was sent on its own.</summary>
        private static ChatResponse Answer(string text) =>
            new(new ChatMessage(ChatRole.Assistant, text)) { Usage = new UsageDetails { InputTokenCount = 1, OutputTokenCount = 1 } };

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
