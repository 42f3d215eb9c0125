using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cairn.Cli;
using Cairn.Commit;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary>
/// Runs the real CLI: in this process (counting its vault operations), or as a child process that kills itself
/// (SIGKILL) right after a given operation, through <c>CAIRN_KILL_AFTER_OPERATIONS</c>. Also generates an Inbox and
/// snapshots a vault, so a crash test compares a killed-then-rerun vault with an uninterrupted one.
/// </summary>
internal static class CrashHarness
{
    private static readonly string[] People = ["Ana Lee", "Ben Okafor", "Chloe Martin", "Dev Patel", "Elena Rossi", "Farid Haddad"];
    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Northwind"];

    /// <summary>A fresh vault (cairn init, owner Jason Vallery).</summary>
    public static void Init(string vault) => Assert.Equal(0, CliRunner.Run("init", "--vault", vault, "--owner", "Jason Vallery").ExitCode);

    /// <summary>
    /// <paramref name="count"/> meeting transcripts in the Inbox, the same every time: shared attendees and accounts
    /// (so entity notes gather several meetings), a person named by first name only, a project mentioned in passing.
    /// </summary>
    public static void FillInbox(string vault, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2025, 10, 1).AddDays(i * 2);
            var a = People[i % People.Length];
            var b = People[(i + 2) % People.Length];
            var company = Companies[i % Companies.Length];
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"{company} sync {i + 1}")
                .AppendLine(CultureInfo.InvariantCulture, $"Date: {date:yyyy-MM-dd}")
                .AppendLine(CultureInfo.InvariantCulture, $"Participants: Jason Vallery, {a}, {b}")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{a}: Thanks for joining. {company} wants the pilot to start in {(i % 2 == 0 ? "March" : "April")}.")
                .AppendLine(CultureInfo.InvariantCulture, $"Jason Vallery: Understood. I'll send the pricing sheet to {b.Split(' ')[0]} by Friday.")
                .AppendLine(CultureInfo.InvariantCulture, $"{b}: We decided to run a {i + 2}-week pilot on the Atlas project.")
                .AppendLine(CultureInfo.InvariantCulture, $"{a}: I'll ask Adam to review the sizing model before the next call.")
                .AppendLine(CultureInfo.InvariantCulture, $"{b}: Budget is approved for up to {i + 1} petabytes.")
                .ToString();
            File.WriteAllText(Path.Combine(vault, "Inbox", $"{date:yyyy-MM-dd} - {company} sync {i + 1}.txt"), text);
        }
    }

    /// <summary>Runs the CLI in this process; returns its result and how many vault operations it made.</summary>
    public static (CliResult Result, int Operations) RunCounted(params string[] args)
    {
        var counter = new CountingFileSystem();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, new FakeTimeProvider(CliRunner.PinnedNow), new Dictionary<string, string?>()) { FileSystem = counter };
        var code = CairnApp.Run(args, context);
        return (new CliResult(code, stdout.ToString(), stderr.ToString()), counter.Operations);
    }

    /// <summary>Starts the CLI as a child process (killing itself after <paramref name="killAfter"/> vault operations when set).</summary>
    public static Process Start(int? killAfter, params string[] args)
    {
        var start = CliProcess.StartInfo(args);
        if (killAfter is { } count)
        {
            start.Environment["CAIRN_KILL_AFTER_OPERATIONS"] = count.ToString(CultureInfo.InvariantCulture);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs a child to its end (or its self-kill); its exit code, stdout and stderr.</summary>
    public static CliResult RunChild(int? killAfter, params string[] args)
    {
        using var child = Start(killAfter, args);
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        Assert.True(child.WaitForExit(TimeSpan.FromSeconds(120)), "the child cairn did not finish in 120 s");
        return new CliResult(child.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Every file of the vault outside <c>.cairn/</c>, by vault-relative path, with its text.</summary>
    public static SortedDictionary<string, string> Snapshot(string vault)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(vault, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(vault, file).Replace('\\', '/');
            if (!relative.StartsWith(".cairn/", StringComparison.Ordinal))
            {
                result[relative] = File.ReadAllText(file);
            }
        }

        return result;
    }

    /// <summary>What differs between two snapshots, one line per path (empty when equal), for a readable failure.</summary>
    public static string Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual) =>
        string.Join('\n', expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
            .Select(k => !actual.ContainsKey(k) ? "missing " + k : !expected.ContainsKey(k) ? "extra " + k : "differs " + k));

    /// <summary>About <paramref name="wanted"/> points spread over 1..<paramref name="total"/>, always with both ends and <paramref name="also"/>.</summary>
    public static IReadOnlyList<int> KillPoints(int total, int wanted, params int[] also)
    {
        var step = Math.Max(1, total / wanted);
        return Enumerable.Range(0, wanted + 1).Select(i => 1 + (i * step)).Concat(also).Append(total)
            .Where(k => k >= 1 && k <= total).Distinct().Order().ToList();
    }

    private sealed class CountingFileSystem : IVaultFileSystem
    {
        public int Operations { get; private set; }

        public byte[]? Read(string path) => VaultFileSystem.Instance.Read(path);

        public bool Exists(string path) => VaultFileSystem.Instance.Exists(path);

        public void Write(string path, byte[] bytes)
        {
            VaultFileSystem.Instance.Write(path, bytes);
            Operations++;
        }

        public void Move(string from, string to)
        {
            VaultFileSystem.Instance.Move(from, to);
            Operations++;
        }

        public void Delete(string path)
        {
            VaultFileSystem.Instance.Delete(path);
            Operations++;
        }

        public bool DeleteFolderIfEmpty(string path) => VaultFileSystem.Instance.DeleteFolderIfEmpty(path);
    }
}
