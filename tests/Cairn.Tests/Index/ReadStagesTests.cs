using System.Collections.Concurrent;
using Cairn.Index;

namespace Cairn.Tests.Index;

public sealed class ReadStagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(1_000)]
    public async Task Every_item_is_fetched_and_parsed_once_and_the_output_completes(int count)
    {
        using var output = new BlockingCollection<string[]>(4);
        var fetched = new ConcurrentDictionary<int, int>();

        var stages = ReadStages.Start(count, 32, 8, 2, i => { fetched.AddOrUpdate(i, 1, (_, n) => n + 1); return i * 10; }, (i, raw) => $"{i}:{raw}", output, CancellationToken.None);
        var parsed = output.GetConsumingEnumerable().SelectMany(b => b).ToList();
        await stages;

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"{i}:{i * 10}"), parsed.OrderBy(p => int.Parse(p.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(fetched.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task A_failing_parse_stops_both_stages_and_surfaces_its_own_error()
    {
        using var output = new BlockingCollection<int[]>(4);

        var stages = ReadStages.Start(100_000, 32, 8, 2, i => i, (i, raw) => i == 500 ? throw new InvalidDataException("bad note 500") : raw, output, CancellationToken.None);
        var consumed = output.GetConsumingEnumerable().Sum(b => b.Length);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => stages);
        Assert.Equal("bad note 500", error.Message);
        Assert.True(consumed < 100_000);
    }

    [Fact]
    public async Task A_single_batch_is_read_inline_and_its_error_surfaces_the_same_way()
    {
        using var output = new BlockingCollection<int[]>(4);
        var thread = Environment.CurrentManagedThreadId;
        var threads = new ConcurrentBag<int>();

        await ReadStages.Start(3, 32, 8, 2, i => { threads.Add(Environment.CurrentManagedThreadId); return i; }, (i, raw) => raw, output, CancellationToken.None);
        using var failing = new BlockingCollection<int[]>(4);
        var error = ReadStages.Start(3, 32, 8, 2, i => i == 2 ? throw new IOException("disk gone") : i, (i, raw) => raw, failing, CancellationToken.None);

        Assert.Equal([0, 1, 2], output.GetConsumingEnumerable().Single());
        Assert.All(threads, t => Assert.Equal(thread, t));
        Assert.Equal("disk gone", (await Assert.ThrowsAsync<IOException>(() => error)).Message);
        Assert.True(failing.IsAddingCompleted);
    }

    [Fact]
    public async Task A_failing_fetch_surfaces_its_error_too()
    {
        using var output = new BlockingCollection<int[]>(4);

        var stages = ReadStages.Start(1_000, 32, 8, 2, i => i == 7 ? throw new IOException("disk gone") : i, (i, raw) => raw, output, CancellationToken.None);
        _ = output.GetConsumingEnumerable().Count();

        Assert.Equal("disk gone", (await Assert.ThrowsAsync<IOException>(() => stages)).Message);
    }

    [Fact]
    public async Task Cancelling_stops_a_consumer_that_quit_reading()
    {
        using var output = new BlockingCollection<int[]>(1);
        using var cancel = new CancellationTokenSource();

        var stages = ReadStages.Start(100_000, 32, 8, 2, i => i, (i, raw) => raw, output, cancel.Token);
        _ = output.Take();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stages);
        Assert.True(output.IsAddingCompleted);
    }
}
