using Cairn.Bench;
using Cairn.Bench.Extraction;
using Cairn.Bench.Readers;
using Cairn.Bench.Sources;

var name = args.Length > 0 ? args[0] : string.Empty;
return name switch
{
    "readers" => ReadersBenchmark.Run(args[1..]),
    "parse" => ParseBenchmark.Run(args[1..]),
    "eval" => RunExtraction(() => ExtractionEval.Run(args[1..], Console.Out)),
    "extract-speed" => RunExtraction(() => ExtractSpeedBenchmark.Run(Console.Out)),
    "extract-snapshot" => ExtractSnapshot.Run(args[1..], Console.Out),
    "llm-cost" => LlmCostBenchmark.Run(Console.Out),
    "generate" when args.Length >= 2 => Generate(args),
    "merge" => MergeBenchmark.Run(),
    "ask-eval" => AskBenchmark.Eval(args[1..]),
    "ask-latency" => AskBenchmark.Latency(args[1..]),
    "ingest" => IngestBenchmark.Run(args[1..]),
    "ingest-one" => IngestOneBenchmark.Run(args[1..]),
    "index" => IndexBenchmark.Run(args[1..]),
    "index-parse" => IndexParseBenchmark.Run(args[1..]),
    "index-write" => IndexWriteBenchmark.Run(args[1..]),
    "cli" => CliLatencyBenchmark.Run(args[1..]),
    "watch-burst" => WatchBurstBenchmark.Run(args[1..]),
    "mcp-latency" => McpLatencyBenchmark.Run(args[1..]),
    "large-source-stages" => LargeSourceStages.Run(args[1..]),
    _ => Usage(),
};

static int Generate(string[] args)
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    var paths = VaultGenerator.Generate(args[1], count);
    Console.WriteLine($"wrote {paths.Count} meeting notes under {args[1]}");
    return 0;
}

static int RunExtraction(Action benchmark)
{
    benchmark();
    return 0;
}

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Cairn.Bench -- <benchmark> [args]");
    Console.WriteLine("benchmarks:");
    Console.WriteLine("  readers");
    Console.WriteLine("  eval [--verbose] [--verbose-real] [--held-out]   extraction quality: samples, own corpus, the styles set, the five studied held-out sets (--held-out: also the unseen held-out-6, totals only), real meetings (and as automatic captions)");
    Console.WriteLine("  extract-speed                       offline extraction of a 10,000-word transcript");
    Console.WriteLine("  llm-cost                            LLM path with an instant model: tokens sent vs transcript tokens, time added per source vs offline");
    Console.WriteLine("  extract-snapshot FILE               every corpus and real-meeting extract as JSON (diff to prove identical output)");
    Console.WriteLine("  parse [meetings=50000] [rounds=7]   NoteDocument.Parse vs Markdig.Markdown.Parse");
    Console.WriteLine("  generate DIR [meetings=50000]       write a synthetic vault");
    Console.WriteLine("  ask-eval DEMO GENERATED [--verbose]  cairn ask on tests/data/ask/questions.json: expected note in the first 5 sources, structured answers exact");
    Console.WriteLine("  ask-latency CAIRN_DLL VAULT [rounds] whole-process cairn ask vs search and version, alternating");
    Console.WriteLine("  merge                               ThreeWayMerge vs an LCS-table diff");
    Console.WriteLine("  index [DIR] [meetings=50000]        vault index vs rg: build, refresh, one change, tasks/search p50/p99, memory");
    Console.WriteLine("  index-parse [DIR] [rounds=5]        NoteDocument.Parse and NoteIndexer.Index vs Markdig: median ms, MB allocated");
    Console.WriteLine("  index-write [DIR] [rounds=5]        the full build's SQLite writer alone, with and without tasks, links, FTS5 body");
    Console.WriteLine("  ingest [transcripts=1000] [notes=50000]  ingest into a generated vault: transcripts/s, peak memory");
    Console.WriteLine("  ingest-one [notes=50000] [rounds=7]  one-file ingest latency into a generated vault (cairn ingest FILE, watch)");
    Console.WriteLine("  cli BIN [BASELINE_BIN] [--vault DIR] [--meetings N] [--rounds R]  whole-process cairn latency (version, search, tasks, show, people, index), alternating with a baseline binary");
    Console.WriteLine("  mcp-latency CAIRN_DLL VAULT [rounds=20]  cairn mcp over stdio: search_notes vs ping round trips, alternating");
    Console.WriteLine("  watch-burst [files=500]             files dropped at once: watch (settle, batches of 100) vs one ingest run; time, peak memory");
    Console.WriteLine("  large-source-stages [MB=20] [vtt|srt|txt] [--read-only] [--by-stage]  one generated large source read and extracted: time, MB allocated, MB live per stage");
    return 2;
}
