using Cairn.Commit;
using Cairn.Extraction.Offline;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Tests.Fakes;
using Cairn.Vault;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Ingest;

/// <summary>A fresh vault (owner Jason Vallery) and one-call ingests through the library, the way the CLI runs them.</summary>
internal sealed class IngestFixture : IDisposable
{
    public const string Owner = "Jason Vallery";
    private readonly TempDirectory temp = new();

    public IngestFixture() => VaultInitializer.Init(temp.Path, Owner);

    public string Root => temp.Path;

    public VaultPaths Paths => new(temp.Path, VaultLayout.Default);

    public FakeTimeProvider Time { get; } = new(CliRunner.PinnedNow);

    /// <summary>The last run's state, to look at what it read.</summary>
    public IngestRun? LastRun { get; private set; }

    public string Drop(string name, string text)
    {
        File.WriteAllText(Path.Combine(temp.Path, "Inbox", name), text);
        return "Inbox/" + name;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(temp.Path, relative));

    /// <summary>The one meeting note whose file name ends with <paramref name="suffix"/> (wherever routing put it), vault-relative.</summary>
    public string Meeting(string suffix) =>
        Path.GetRelativePath(temp.Path, Directory.GetFiles(Path.Combine(temp.Path, "Meetings"), "*" + suffix, SearchOption.AllDirectories).Single()).Replace('\\', '/');

    public bool Exists(string relative) => File.Exists(Path.Combine(temp.Path, relative));

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(temp.Path, relative), text);

    public IngestReport Ingest(params string[] sources) => Ingest(null, sources);

    public IngestReport Ingest(IVaultFileSystem? fileSystem, params string[] sources)
    {
        var config = ConfigLoader.LoadVault(temp.Path).Config!;
        using var state = StateStore.Open(Path.Combine(temp.Path, VaultLayout.StateDatabase), Time);
        var run = new IngestRun(Paths, config, Owner, new HeuristicExtractor(), (name, bytes) => SourceReader.Read(name, bytes), state);
        LastRun = run;
        var report = run.PlanAsync(sources, hash => state.Processed(hash) is not null).GetAwaiter().GetResult();
        return run.Commit(report, Time, fileSystem);
    }

    public void Dispose() => temp.Dispose();
}
