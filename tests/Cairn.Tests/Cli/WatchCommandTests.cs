using System.Text.Json;
using Cairn.Cli;
using Cairn.Cli.Watching;
using Cairn.Ingest;
using Cairn.Tests.Fakes;
using Cairn.Vault;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

public sealed class WatchCommandTests : IDisposable
{
    private const string Kickoff = "2025-11-12 - Northwind Robotics storage POC kickoff.txt";
    private const string Weekly = "2025-11-14 - Weekly cloud marketplace sync.vtt";

    private readonly TempDirectory dir = new();
    private readonly FakeTimeProvider time = new(CliRunner.PinnedNow);
    private readonly StringWriter stdout = new();
    private readonly LockedStringWriter stderr = new();

    private string Vault => dir.Path;

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Ingests_the_files_already_in_the_inbox_then_stops_cleanly_when_cancelled()
    {
        Init();
        Drop(Kickoff);
        Drop(Weekly);
        File.WriteAllText(dir.Combine("Inbox", "deck.pdf.crdownload"), "half a download");
        using var stop = new CancellationTokenSource();
        var batches = new List<IngestReport>();

        var code = await Loop(TimeSpan.Zero, json: true).RunAsync(time, report =>
        {
            batches.Add(report);
            stop.Cancel();
        }, stop.Token);

        Assert.Equal(ExitCodes.Ok, code);
        var batch = Assert.Single(batches);
        Assert.Equal(["Inbox/" + Kickoff, "Inbox/" + Weekly], batch.Items.Select(i => i.Source));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("created", json.RootElement.GetProperty("status").GetString());
            Assert.StartsWith("Meetings/", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("error").ValueKind);
            // The shape of `cairn ingest --json`'s items (JsonShapeTests), not a shorter copy of it.
            Assert.Equal(["source", "status", "notes", "error", "dated", "extractor", "model", "tokens_in", "tokens_out", "dropped", "fallback"], json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        Assert.Equal(["deck.pdf.crdownload"], Directory.GetFiles(dir.Combine("Inbox")).Select(Path.GetFileName));
        Assert.False(File.Exists(dir.Combine(".cairn", "lock")));
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public async Task A_file_is_ingested_only_after_the_settle_time_has_passed_on_the_clock()
    {
        Init();
        Drop(Kickoff);
        using var stop = new CancellationTokenSource();
        DateTimeOffset? processedAt = null;

        var run = Loop(TimeSpan.FromSeconds(2), json: false).RunAsync(time, _ =>
        {
            processedAt = time.GetUtcNow();
            stop.Cancel();
        }, stop.Token);
        for (var step = 0; step < 1000 && !run.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(run, Task.Delay(5));
        }

        Assert.Equal(ExitCodes.Ok, await run);
        Assert.NotNull(processedAt);
        Assert.True(processedAt >= CliRunner.PinnedNow + TimeSpan.FromSeconds(2), $"processed at {processedAt}");
        Assert.Contains($"Inbox/{Kickoff} -> created: Meetings/", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_waits_in_the_inbox_while_another_process_holds_the_vault_then_goes_in()
    {
        Init();
        Drop(Kickoff);
        using var stop = new CancellationTokenSource();
        var held = VaultLock.Acquire(Vault);
        IngestReport? processed = null;
        var options = new WatchOptions(Vault, TimeSpan.Zero, Json: false) { UseFileWatcher = false, LockWait = TimeSpan.Zero, LockRetry = TimeSpan.FromSeconds(2) };

        var run = new WatchLoop(new CliContext(stdout, stderr, time, new Dictionary<string, string?>()), options).RunAsync(time, report =>
        {
            processed = report;
            stop.Cancel();
        }, stop.Token);
        for (var step = 0; step < 2000 && !stderr.ToString().Contains("retrying", StringComparison.Ordinal); step++)
        {
            await Task.WhenAny(run, Task.Delay(5));
        }

        Assert.Contains("retrying in 2 s", stderr.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(dir.Combine("Inbox", Kickoff)));
        Assert.Null(processed);
        held.Dispose();
        for (var step = 0; step < 1000 && !run.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(run, Task.Delay(5));
        }

        var finished = run.IsCompleted;
        await stop.CancelAsync();
        Assert.True(finished, "the watch never ingested the batch once the vault was free");
        Assert.Equal(ExitCodes.Ok, await run);
        Assert.Equal(IngestStatus.Created, Assert.Single(processed!.Items).Status);
        Assert.False(File.Exists(dir.Combine("Inbox", Kickoff)));
    }

    [Fact]
    public void A_folder_without_an_inbox_is_an_error()
    {
        var result = CliRunner.Run("watch", "--vault", Vault);

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("has no Inbox/ folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_settle_time_is_a_usage_error()
    {
        Init();

        var result = CliRunner.Run("watch", "--vault", Vault, "--settle", "-1");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--settle", result.Stderr, StringComparison.Ordinal);
    }

    private WatchLoop Loop(TimeSpan settle, bool json) =>
        new(new CliContext(stdout, stderr, time, new Dictionary<string, string?>()), new WatchOptions(Vault, settle, json) { UseFileWatcher = false });

    private void Init() => Assert.Equal(0, CliRunner.Run("init", "--vault", Vault, "--owner", "Jason Vallery").ExitCode);

    private void Drop(string sample) => File.Copy(TestDataFolder.Path("samples", "inbox", sample), dir.Combine("Inbox", sample));
}
