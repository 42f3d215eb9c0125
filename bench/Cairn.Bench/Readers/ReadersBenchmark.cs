using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cairn.Sources;

namespace Cairn.Bench.Readers;

/// <summary>
/// <c>readers</c>: throughput of <see cref="SourceReader.Read"/> on a three-hour meeting in each format, against a
/// baseline measured in the same run on the same bytes (UTF-8 decode + line split, what File.ReadAllText and a
/// split do once the bytes are in memory). Medians of several runs; allocation per read; peak working set.
/// </summary>
internal static class ReadersBenchmark
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var r) ? r : 15;
        var inputs = new (string File, byte[] Bytes)[]
        {
            ("meeting.txt", ThreeHourMeeting.Otter()),
            ("meeting.vtt", ThreeHourMeeting.TeamsVtt()),
            ("meeting.srt", ThreeHourMeeting.Srt()),
            ("meeting.docx", ThreeHourMeeting.TeamsDocx()),
            ("meeting.json", ThreeHourMeeting.FirefliesJson()),
            ("meeting.eml", ThreeHourMeeting.Email()),
        };

        Console.WriteLine($"readers: 3-hour meeting, {ThreeHourMeeting.Turns.Count} turns, median of {runs} runs (Release: {IsRelease()})");
        Console.WriteLine($"{"format",-8} {"size KB",8} {"utts",6} {"read ms",9} {"MB/s",8} {"base ms",8} {"base MB/s",10} {"ratio",7} {"alloc KB",9} {"alloc/B",8} {"cold ms",8}");
        foreach (var (file, bytes) in inputs)
        {
            var cold = Stopwatch.StartNew();
            var check = SourceReader.Read(file, bytes);
            var coldMs = cold.Elapsed.TotalMilliseconds;
            if (!check.IsSuccess)
            {
                Console.WriteLine($"{file}: {check.Error}");
                return 1;
            }

            var read = Measure(runs, () => SourceReader.Read(file, bytes));
            var baseline = Measure(runs, () => Encoding.UTF8.GetString(bytes).Split('\n'));
            var mb = bytes.Length / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetExtension(file)[1..],-8} {bytes.Length / 1024.0,8:0} {check.Document!.Utterances.Count,6} {read.Ms,9:0.00} {mb / (read.Ms / 1000),8:0.0} {baseline.Ms,8:0.00} {mb / (baseline.Ms / 1000),10:0.0} {read.Ms / baseline.Ms,6:0.0}x {read.Allocated / 1024.0,9:0} {read.Allocated / (double)bytes.Length,8:0.0} {coldMs,8:0.0}"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB, GC heap after {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0} MB"));
        return 0;
    }

    private static (double Ms, long Allocated) Measure(int runs, Func<object> action)
    {
        // Warm up past tiered JIT's promotion (30 calls, then a background recompile) so medians are steady state.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 || warm.ElapsedMilliseconds < 300; i++)
        {
            GC.KeepAlive(action());
        }

        var times = new double[runs];
        var allocated = new long[runs];
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = watch.Elapsed.TotalMilliseconds;
            allocated[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(times);
        Array.Sort(allocated);
        return (times[runs / 2], allocated[runs / 2]);
    }

    private static bool IsRelease() =>
        !typeof(ReadersBenchmark).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled);
}
