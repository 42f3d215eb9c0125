using System.Globalization;
using Cairn.Index;

namespace Cairn.Cli.Output;

/// <summary>
/// A one-line "indexing 12,345 of 52,247 notes (23%)" on stderr while a refresh writes, redrawn in place. It stays
/// silent for the first second, so the everyday refresh behind a query (a fraction of a second) never flickers,
/// and redraws at most every tenth of a second; disposing it clears the line. Reports arrive on the refreshing
/// thread, one per batch of notes.
/// </summary>
internal sealed class IndexProgressLine(TextWriter stderr, TimeProvider time) : IProgress<IndexProgress>, IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);

    private readonly long started = time.GetTimestamp();
    private long drawn;
    private int width;

    public void Report(IndexProgress value)
    {
        var now = time.GetTimestamp();
        var finished = value.Done >= value.Total;
        if (time.GetElapsedTime(started, now) < Quiet || (width > 0 && !finished && time.GetElapsedTime(drawn, now) < Every))
        {
            return;
        }

        // After the last note, the build still makes its secondary indexes and commits: a second on a big vault.
        var text = finished
            ? string.Format(CultureInfo.InvariantCulture, "indexed {0:N0} notes, saving", value.Total)
            : string.Format(CultureInfo.InvariantCulture, "indexing {0:N0} of {1:N0} notes ({2}%)", value.Done, value.Total, value.Done * 100L / value.Total);
        stderr.Write("\r" + text.PadRight(width));
        stderr.Flush();
        width = Math.Max(width, text.Length);
        drawn = now;
    }

    public void Dispose()
    {
        if (width > 0)
        {
            stderr.Write("\r" + new string(' ', width) + "\r");
            stderr.Flush();
        }
    }
}
