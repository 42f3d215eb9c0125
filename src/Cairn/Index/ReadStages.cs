using System.Collections.Concurrent;

namespace Cairn.Index;

/// <summary>
/// Reads items in two stages on dedicated threads: <c>fetch</c> (blocking I/O) on several threads, so many reads
/// are in flight when the files are on disk, and <c>parse</c> on one thread per core, so parsing never waits
/// behind a read. Items go in batches; parsed batches reach <c>output</c> in the order they finish. When a stage
/// fails, both stop and the task faults with that error (not with the cancellations it caused); <c>output</c> is
/// completed whatever happens, so its consumer never waits forever. A single batch is read on the calling thread.
/// </summary>
internal static class ReadStages
{
    // Fetched batches held ahead of the parsers: 32 batches of 32 notes is a few MB of bytes.
    private const int FetchedBound = 32;

    public static Task Start<TRaw, TOut>(
        int count, int batchSize, int fetchers, int parsers, Func<int, TRaw> fetch, Func<int, TRaw, TOut> parse, BlockingCollection<TOut[]> output, CancellationToken cancel)
    {
        var batches = (count + batchSize - 1) / batchSize;
        if (batches <= 1)
        {
            // One batch (a note or a few changed since the last refresh): threads would cost more than the work.
            return Inline(count, fetch, parse, output);
        }

        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var fetched = new BlockingCollection<(int Start, TRaw[] Items)>(FetchedBound);
        var next = -1;
        var fetching = Threads(Math.Min(fetchers, batches), stop, () =>
        {
            for (var b = Interlocked.Increment(ref next); b < batches; b = Interlocked.Increment(ref next))
            {
                var start = b * batchSize;
                var items = new TRaw[Math.Min(batchSize, count - start)];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = fetch(start + i);
                }

                fetched.Add((start, items), stop.Token);
            }
        });
        var fetchDone = Task.WhenAll(fetching).ContinueWith(_ => fetched.CompleteAdding(), TaskScheduler.Default);
        var parsing = Threads(Math.Min(parsers, batches), stop, () =>
        {
            foreach (var (start, items) in fetched.GetConsumingEnumerable(stop.Token))
            {
                var parsed = new TOut[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    parsed[i] = parse(start + i, items[i]);
                }

                output.Add(parsed, stop.Token);
            }
        });
        return Task.WhenAll([.. fetching, .. parsing, fetchDone]).ContinueWith(
            all =>
            {
                output.CompleteAdding();
                fetched.Dispose();
                stop.Dispose();
                var errors = all.Exception?.Flatten().InnerExceptions ?? [];
                if (errors.FirstOrDefault(e => e is not OperationCanceledException) is { } error)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                }

                cancel.ThrowIfCancellationRequested();
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    private static Task Inline<TRaw, TOut>(int count, Func<int, TRaw> fetch, Func<int, TRaw, TOut> parse, BlockingCollection<TOut[]> output)
    {
        try
        {
            if (count > 0)
            {
                output.Add([.. Enumerable.Range(0, count).Select(i => parse(i, fetch(i)))]);
            }

            return Task.CompletedTask;
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
        finally
        {
            output.CompleteAdding();
        }
    }

    /// <summary>Starts <paramref name="count"/> threads running <paramref name="work"/>; the first to fail stops the rest.</summary>
    private static Task[] Threads(int count, CancellationTokenSource stop, Action work) =>
        [.. Enumerable.Range(0, count).Select(_ => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    work();
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default))];
}
