using System.Globalization;

namespace Cairn.Vault;

/// <summary>
/// Where things live in a vault, vault-relative with '/' separators. The folder names come from
/// <c>.cairn/config.yaml</c>; <see cref="Default"/> is DESIGN.md's layout. Briefs, dashboards and saved answers
/// go to their folders only when written (<c>brief</c>, <c>pipeline</c>, <c>ask</c> with <c>--write</c>).
/// </summary>
public sealed record VaultLayout(
    string Inbox,
    string Meetings,
    string People,
    string Companies,
    string Projects,
    string Briefs = "Briefs",
    string Dashboards = "Dashboards",
    string Answers = "Answers")
{
    public const string StateFolder = ".cairn";
    public const string ConfigFile = ".cairn/config.yaml";
    public const string StateDatabase = ".cairn/state.db";

    /// <summary>
    /// The vault index: derived from the notes and rebuilt at will, so it lives apart from <see cref="StateDatabase"/>
    /// (journal, ledger, processed sources, which cannot be rebuilt). A damaged index is moved aside and rebuilt
    /// without ever touching that history, and a full build does not share a writer with the journal.
    /// </summary>
    public const string IndexDatabase = ".cairn/index.db";

    /// <summary>
    /// The page size a new state or index database is made with (an existing one keeps its own). At 16 KB a full
    /// index build writes fewer, fuller pages than at SQLite's 4 KB (7.2 -> 6.5 s on 50,000 notes).
    /// </summary>
    public const int StateDatabasePageSize = 16384;
    public const string LockFile = ".cairn/lock";

    /// <summary>Held by a process that keeps the index fresh as notes change (<c>cairn watch</c>); see <c>Index.WatchedIndex</c>.</summary>
    public const string IndexKeeperLock = ".cairn/index.keeper";

    /// <summary>Where a query drops the file that asks the keeper to catch up, and waits for it to go.</summary>
    public const string IndexSyncFolder = ".cairn/index-sync";

    public static VaultLayout Default { get; } = new("Inbox", "Meetings", "People", "Companies", "Projects");

    public string Archive => Inbox + "/_archive";

    public string Failed => Inbox + "/_failed";

    /// <summary>Where a source whose content was already ingested is set aside, so the Inbox holds only work still to do.</summary>
    public string Duplicates => Inbox + "/_duplicates";

    /// <summary>The folder a source processed on <paramref name="date"/> is archived to: <c>Inbox/_archive/YYYY-MM-DD</c>.</summary>
    public string ArchiveFor(DateOnly date) => Archive + "/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every folder <c>cairn init</c> makes, parents first; kept even when empty (an undo removes the folders it empties below them).</summary>
    public IReadOnlyList<string> Folders => [Inbox, Archive, Failed, Meetings, People, Companies, Projects, StateFolder];
    public string PersonNote(string fullName) => People + "/" + SafeName.For(fullName) + ".md";

    public string CompanyNote(string name) => Companies + "/" + SafeName.For(name) + ".md";

    public string ProjectNote(string name) => Projects + "/" + SafeName.For(name) + ".md";
}
