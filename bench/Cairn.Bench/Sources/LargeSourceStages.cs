using System.Diagnostics;
using System.Globalization;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Bench.Sources;

/// <summary>
/// <c>large-source-stages [MB=20] [FORMAT=vtt]</c>: one large generated source through the reader and the offline
/// extractor in this process, each stage timed, with the memory it keeps alive afterwards and the bytes it allocated,
/// so a regression in where the memory goes shows at once. The whole-process figure is <c>large-source</c>.
/// </summary>
internal static class LargeSourceStages
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var format = args.Length > 1 ? args[1] : "vtt";
        var folder = Directory.CreateTempSubdirectory("cairn-large-");
        try
        {
            var path = Path.Combine(folder.FullName, $"big.{format}");
            var turns = LargeSource.Write(path, megabytes * 1048576L);
            Console.WriteLine($"large-source-stages: {new FileInfo(path).Length / 1048576.0:0.0} MB {format}, {turns:N0} turns");
            var options = new ReaderOptions { MaxBytes = long.MaxValue };
            var document = Stage("read (SourceReader.ReadFile)", () => SourceReader.ReadFile(path, options).Document!);
            Console.WriteLine($"    {document.Utterances.Count:N0} utterances; peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
            if (args.Contains("--read-only"))
            {
                return 0;
            }

            var extract = Stage("extract (offline)", () => new HeuristicExtractor().Extract(document, ExtractionContext.ForOwner("Myself")));
            Console.WriteLine($"    {extract.ActionItems.Count:N0} tasks, {extract.Decisions.Count:N0} decisions, {extract.KeyFacts.Count:N0} facts");
            if (args.Contains("--by-stage"))
            {
                foreach (var (stage, ms) in Cairn.Bench.Extraction.ExtractStages.Medians(document, ExtractionContext.ForOwner("Myself"), 1))
                {
                    Console.WriteLine($"    {stage,-20} {ms,9:F0} ms");
                }
            }

            GC.KeepAlive(document);
            Console.WriteLine($"  peak working set {Environment.WorkingSet / 1048576.0:0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB peak");
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static T Stage<T>(string name, Func<T> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = step();
        var ms = clock.Elapsed.TotalMilliseconds;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"  {name,-30} {ms,9:F0} ms  allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,8:0} MB  live after {live / 1048576.0,7:0} MB");
        return result;
    }
}
