using Cairn.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Ingest;

public sealed class InboxWatchTests
{
    private static readonly DateTimeOffset Start = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Start);

    [Fact]
    public void A_growing_file_is_released_only_once_its_size_has_held_for_the_settle_time()
    {
        var watch = new InboxWatch(time);
        watch.Changed("call.vtt");
        watch.Observed(File("call.vtt", 100));
        for (var size = 200; size <= 1000; size += 100)
        {
            time.Advance(TimeSpan.FromSeconds(1.5));
            watch.Changed("call.vtt");
            watch.Observed(File("call.vtt", size));
            Assert.Empty(watch.TakeReady());
        }

        time.Advance(TimeSpan.FromSeconds(1.9));
        watch.Observed(File("call.vtt", 1000));
        Assert.Empty(watch.TakeReady());

        time.Advance(TimeSpan.FromSeconds(0.1));
        watch.Observed(File("call.vtt", 1000));
        Assert.Equal(["call.vtt"], Assert.Single(watch.TakeReady()));
        Assert.Empty(watch.Waiting);
    }

    [Fact]
    public void A_file_is_not_released_without_an_observation_after_the_settle_time()
    {
        var watch = new InboxWatch(time);
        watch.Scanned([File("a.txt", 10)]);

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(watch.TakeReady());
        Assert.Equal(Start + TimeSpan.FromSeconds(2), watch.NextCheck);

        watch.Observed(File("a.txt", 10));
        Assert.Single(watch.TakeReady());
    }

    [Fact]
    public void An_event_after_the_last_look_holds_the_file_back()
    {
        var watch = new InboxWatch(time);
        watch.Observed(File("a.txt", 10));
        time.Advance(TimeSpan.FromSeconds(2));
        watch.Observed(File("a.txt", 10));
        watch.Changed("a.txt");

        Assert.Empty(watch.TakeReady());

        time.Advance(TimeSpan.FromSeconds(2));
        watch.Observed(File("a.txt", 10));
        Assert.Single(watch.TakeReady());
    }

    [Theory]
    [InlineData("report.pdf.crdownload")]
    [InlineData("call.vtt.part")]
    [InlineData("notes.tmp")]
    [InlineData("~$minutes.docx")]
    [InlineData(".DS_Store")]
    [InlineData("call.error.md")]
    [InlineData("_archive/2025-11-20/call.vtt")]
    [InlineData("_failed/broken.eml")]
    [InlineData("_failed\\broken.eml")]
    public void Partial_temporary_and_cairn_names_are_never_released(string name)
    {
        var watch = new InboxWatch(time, TimeSpan.Zero);
        watch.Changed(name);
        watch.Scanned([File(name, 10)]);
        time.Advance(TimeSpan.FromSeconds(10));
        watch.Scanned([File(name, 10)]);

        Assert.Empty(watch.TakeReady());
        Assert.Empty(watch.Waiting);
    }

    [Fact]
    public void A_download_renamed_to_its_final_name_is_released_under_that_name()
    {
        var watch = new InboxWatch(time);
        watch.Changed("deck.pdf.crdownload");
        watch.Observed(File("deck.pdf.crdownload", 500));
        time.Advance(TimeSpan.FromSeconds(1));
        watch.Renamed("deck.pdf.crdownload", "deck.pdf");
        watch.Observed(File("deck.pdf", 900));

        time.Advance(TimeSpan.FromSeconds(2));
        watch.Observed(File("deck.pdf", 900));

        Assert.Equal(["deck.pdf"], Assert.Single(watch.TakeReady()));
    }

    [Fact]
    public void A_file_renamed_away_or_deleted_while_waiting_is_forgotten()
    {
        var watch = new InboxWatch(time);
        watch.Observed(File("a.txt", 10));
        watch.Observed(File("b.txt", 10));
        watch.Renamed("a.txt", "_archive/a.txt");
        watch.Removed("b.txt");

        Assert.Empty(watch.Waiting);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Empty(watch.TakeReady());
    }

    [Fact]
    public void A_burst_of_500_files_is_released_once_each_in_batches_of_at_most_100()
    {
        var watch = new InboxWatch(time);
        var files = Enumerable.Range(0, 500).Select(i => File($"call-{i:D3}.txt", 1000 + i)).ToList();
        foreach (var file in files)
        {
            watch.Changed(file.Name);
            watch.Changed(file.Name);
        }

        watch.Scanned(files);
        var batches = new List<IReadOnlyList<string>>();
        for (var tick = 0; tick < 10; tick++)
        {
            time.Advance(TimeSpan.FromSeconds(0.5));
            watch.Scanned(files);
            batches.AddRange(watch.TakeReady());
        }

        Assert.Equal(5, batches.Count);
        Assert.All(batches, b => Assert.InRange(b.Count, 1, InboxWatch.DefaultBatchSize));
        var released = batches.SelectMany(b => b).ToList();
        Assert.Equal(500, released.Count);
        Assert.Equal(files.Select(f => f.Name).Order(StringComparer.Ordinal), released);
    }

    [Fact]
    public void A_file_left_in_the_inbox_is_not_released_again_until_it_changes()
    {
        var watch = new InboxWatch(time, TimeSpan.Zero);
        watch.Scanned([File("dup.txt", 10)]);
        Assert.Single(watch.TakeReady());

        watch.Changed("dup.txt");
        watch.Scanned([File("dup.txt", 10)]);
        Assert.Empty(watch.TakeReady());

        time.Advance(TimeSpan.FromSeconds(1));
        watch.Scanned([File("dup.txt", 20)]);
        Assert.Single(watch.TakeReady());
    }

    [Fact]
    public void A_file_dropped_again_under_a_name_already_processed_is_released_again()
    {
        var watch = new InboxWatch(time, TimeSpan.Zero);
        watch.Scanned([File("call.vtt", 10)]);
        Assert.Single(watch.TakeReady());

        watch.Scanned([]);
        watch.Scanned([File("call.vtt", 10)]);

        Assert.Single(watch.TakeReady());
    }

    [Fact]
    public void An_overflow_asks_for_a_rescan_which_finds_the_files_whose_events_were_lost()
    {
        var watch = new InboxWatch(time, TimeSpan.Zero);
        watch.Scanned([]);
        Assert.False(watch.RescanNeeded);

        watch.Overflowed();
        Assert.True(watch.RescanNeeded);

        watch.Scanned([File("lost.eml", 10)]);
        Assert.False(watch.RescanNeeded);
        Assert.Equal(["lost.eml"], Assert.Single(watch.TakeReady()));
    }

    [Fact]
    public void A_new_watch_asks_for_a_scan_so_files_present_at_start_are_found()
    {
        Assert.True(new InboxWatch(time).RescanNeeded);
    }

    private InboxFile File(string name, long size) => new(name, size, Start);
}
