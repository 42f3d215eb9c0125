using System.Text;
using Cairn.Commit;
using Cairn.Planning;
using Cairn.Sources;
using Cairn.Tests.Fakes;
using Cairn.Vault;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Commit;

/// <summary>A fresh vault with sources in its Inbox and the change sets a planner would make for them.</summary>
internal sealed class CommitFixture : IDisposable
{
    public const string Archive = "Inbox/_archive/2025-11-20/";

    private readonly TempDirectory temp = new();

    public CommitFixture()
    {
        VaultInitializer.Init(temp.Path, "Me Myself");
        Paths = new VaultPaths(temp.Path);
    }

    public VaultPaths Paths { get; }

    public string Root => temp.Path;

    public FakeTimeProvider Time { get; } = new(CliRunner.PinnedNow);

    public Committer Committer(IVaultFileSystem? fs = null) => new(Paths, Time, fs, TimeSpan.FromMilliseconds(200));

    /// <summary>Moves one source to <c>_failed/</c> with its error note in a run of its own, as ingest fails an unreadable source.</summary>
    public SourceOutcome Fail(string sourcePath, string reason)
    {
        using var run = Committer().BeginRun();
        var outcome = run.Fail(sourcePath, reason);
        run.Complete();
        return outcome;
    }

    /// <summary>Drops a source in the Inbox and returns its change set: a meeting note, a person note, the archive move.</summary>
    public ChangeSet Source(string name, string text, string person = "Jane Doe", string? personContent = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Paths.Resolve("Inbox/" + name), bytes);
        var meeting = $"Meetings/{Path.GetFileNameWithoutExtension(name)}.md";
        return new ChangeSet(
            "Inbox/" + name,
            ContentHash.Of(bytes),
            [
                new NoteChange(meeting, $"---\ntype: meeting\nsource_ref: \"[[{Archive}{name}]]\"\n---\n# {name}\n\n{text}\n", NoteChangeKind.Create),
                new NoteChange($"People/{person}.md", personContent ?? Person(person, name), NoteChangeKind.Create),
            ],
            new FileMove("Inbox/" + name, Archive + name));
    }

    public static string Person(string person, params string[] meetings) =>
        $"---\ntype: person\n---\n# {person}\n\n## Recent Context\n{string.Concat(meetings.Select(m => $"- 2025-11-20: [[{Path.GetFileNameWithoutExtension(m)}]]\n"))}\n## Open Tasks\n- [ ] Follow up @{person} #task\n";

    public string Read(string relative) => File.ReadAllText(Paths.Resolve(relative));

    public bool Exists(string relative) => File.Exists(Paths.Resolve(relative));

    /// <summary>Every file outside .cairn/ with its bytes: what a person sees.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        temp.Files().Where(f => !f.StartsWith(".cairn/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(temp.Combine(f))));

    public IReadOnlyList<string> TempFiles() => temp.Files().Where(f => f.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal)).ToList();

    public StateStore State() => StateStore.Open(Paths.Resolve(VaultLayout.StateDatabase), Time);

    public void Dispose() => temp.Dispose();
}
