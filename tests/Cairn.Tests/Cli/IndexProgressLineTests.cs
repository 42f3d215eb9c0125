using Cairn.Cli.Output;
using Cairn.Index;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

public sealed class IndexProgressLineTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private readonly StringWriter stderr = new();

    [Fact]
    public void A_refresh_shorter_than_a_second_prints_nothing()
    {
        using (var line = new IndexProgressLine(stderr, time))
        {
            line.Report(new IndexProgress(32, 64));
            time.Advance(TimeSpan.FromMilliseconds(900));
            line.Report(new IndexProgress(64, 64));
        }

        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void A_long_refresh_redraws_one_line_at_most_every_tenth_of_a_second_and_clears_it()
    {
        using (var line = new IndexProgressLine(stderr, time))
        {
            time.Advance(IndexProgressLine.Quiet);
            line.Report(new IndexProgress(1_000, 52_247));
            time.Advance(TimeSpan.FromMilliseconds(50));
            line.Report(new IndexProgress(2_000, 52_247));
            time.Advance(TimeSpan.FromMilliseconds(50));
            line.Report(new IndexProgress(3_000, 52_247));
            line.Report(new IndexProgress(52_247, 52_247));
        }

        const string first = "indexing 1,000 of 52,247 notes (1%)";
        const string last = "indexed 52,247 notes, saving";
        Assert.Equal(
            "\r" + first + "\rindexing 3,000 of 52,247 notes (5%)" + "\r" + last.PadRight(first.Length) + "\r" + new string(' ', first.Length) + "\r",
            stderr.ToString());
    }
}
