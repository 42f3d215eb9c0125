using System.ComponentModel;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Commit;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Sources;
using Cairn.Vault;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace Cairn.Cli.Mcp;

/// <summary>
/// The MCP tools: each a thin call into the query or command code the CLI verbs use (search, show, tasks,
/// done, brief, ingest), run on the session's fresh index. A bad argument is an <see cref="McpException"/>,
/// which the SDK hands the client as a tool error with its message.
/// </summary>
internal sealed class CairnTools(VaultSession vault)
{
    /// <summary>The tool names that change the vault, left out by <c>--read-only</c>.</summary>
    public static readonly IReadOnlySet<string> Writes = new HashSet<string>(StringComparer.Ordinal) { "complete_task", "ingest_text" };

    [McpServerTool(Name = "search_notes", ReadOnly = true, UseStructuredContent = true)]
    [Description("Full-text search of the vault's notes (meetings, people, companies, projects); best match first, with a snippet where the words matched in **bold**.")]
    public Task<NoteHits> SearchNotes(
        [Description("Words that must all match; \"a phrase\" in quotes; prefix* for word starts")] string query,
        [Description("Only notes of this type, e.g. meeting, person, company, project, customer")] string? type = null,
        [Description("Only notes whose account (company) is this")] string? account = null,
        [Description("Only notes dated on or after this day, YYYY-MM-DD")] string? since = null,
        [Description("At most this many results (default 20)")] int limit = 20,
        CancellationToken token = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new McpException("query is empty: give one or more words to search for");
        }

        var filter = new SearchFilter { Type = type, Account = account, Since = Date("since", since), Limit = Positive("limit", limit) };
        return vault.RunAsync(v => new NoteHits(SearchQuery.Run(v.Index, query, filter)), token);
    }

    [McpServerTool(Name = "get_note", ReadOnly = true, UseStructuredContent = true)]
    [Description("The full Markdown of one note, by its vault-relative path as other tools return it (e.g. Meetings/Acme/2025-11-03 - Kickoff.md).")]
    public Task<NoteText> GetNote(
        [Description("The note's path inside the vault, with / separators")] string path,
        CancellationToken token = default) =>
        vault.RunAsync(v => new NoteText(path, ReadNote(v, path)), token);

    [McpServerTool(Name = "list_tasks", ReadOnly = true, UseStructuredContent = true)]
    [Description("Tasks across the vault (Obsidian Tasks lines) with owner, status, due date and file:line; open tasks unless status says otherwise.")]
    public Task<TaskList> ListTasks(
        [Description("Only tasks of this owner (a person's name; Myself = the vault's owner)")] string? owner = null,
        [Description("open (default: to do or in progress), done (done or cancelled) or all")] string? status = null,
        [Description("Only tasks due before this day, YYYY-MM-DD")] string? due_before = null,
        [Description("Only tasks in notes whose account (company) is this")] string? account = null,
        CancellationToken token = default)
    {
        var filter = new TaskFilter { Owner = owner, Status = Status(status), DueBefore = Date("due_before", due_before), Account = account };
        return vault.RunAsync(v => new TaskList([.. TaskReads.Find(v.Index, filter, v.Config.Owner).Select(t => TaskView.From(t, v.Today))]), token);
    }

    [McpServerTool(Name = "complete_task", Destructive = false, Idempotent = false, UseStructuredContent = true)]
    [Description("Ticks one open task as done today where it lives (and its copies in people/company notes); file and line as list_tasks returns them.")]
    public Task<TaskDone> CompleteTask(
        [Description("The note holding the task: its vault-relative path")] string file,
        [Description("The task's 1-based line number in that note")] int line,
        CancellationToken token = default) =>
        vault.RunAsync(
            v =>
            {
                Check(v, file);
                DoneResult result;
                // A journaled run, as cairn done's: it takes the vault lock, and history and undo see the tick.
                using (var run = new Committer(v.Paths, v.Time).BeginRun())
                {
                    result = TaskCompletion.Complete(v.Index, v.Paths, run, file, line, v.Today);
                    run.Complete();
                }

                return result.Error is { } error
                    ? throw new McpException(error)
                    : new TaskDone(result.File, result.Line, result.Completed!, result.NextOccurrence, result.Mirrors);
            },
            token);

    [McpServerTool(Name = "get_entity", ReadOnly = true, UseStructuredContent = true)]
    [Description("One person, company or project by name or alias: its note, last contact, recent meetings, open tasks both ways and key facts.")]
    public Task<EntityDetails> GetEntity(
        [Description("A name or alias, case-insensitive")] string name,
        CancellationToken token = default) =>
        vault.RunAsync(
            v =>
            {
                var entity = Entity(v, name);
                var brief = BriefQuery.Build(v.Index, entity, v.Config.Owner, v.Today);
                var json = BriefJson.From(brief, null);
                return new EntityDetails(entity.Name, entity.Kind, entity.Path, entity.Aliases, brief.LastContact, ReadNote(v, entity.Path), json.Meetings, json.TheyOwe, json.WeOwe, json.KeyFacts);
            },
            token);

    [McpServerTool(Name = "brief", ReadOnly = true, UseStructuredContent = true)]
    [Description("A one-page brief before meeting a person or account: last contact, recent meetings, what each side owes, key facts, decisions, open questions, topics.")]
    public Task<BriefJson> Brief(
        [Description("A person or account, by name or alias, case-insensitive")] string name,
        CancellationToken token = default) =>
        vault.RunAsync(v => BriefJson.From(BriefQuery.Build(v.Index, Entity(v, name), v.Config.Owner, v.Today), null), token);

    [McpServerTool(Name = "recent_meetings", ReadOnly = true, UseStructuredContent = true)]
    [Description("Meetings of the last N days, newest first, optionally only one account's or those a person attended; each with its path and summary.")]
    public Task<MeetingList> RecentMeetings(
        [Description("How many days back from today (default 30)")] int days = 30,
        [Description("Only meetings of this account (company)")] string? account = null,
        [Description("Only meetings this person attended, by name or alias")] string? person = null,
        CancellationToken token = default)
    {
        Positive("days", days);
        return vault.RunAsync(
            v =>
            {
                var attendee = person is null ? null : Entity(v, person);
                var since = v.Today.AddDays(-days);
                return new MeetingList([.. MeetingReads.Since(v.Index, since, account, attendee, 200).Select(BriefJson.Meeting.From)]);
            },
            token);
    }

    [McpServerTool(Name = "ask", ReadOnly = true, UseStructuredContent = true)]
    [Description("Answers a question from the vault (what do I owe X, what does X owe me, when did I last talk to X, what did we decide about Y, or any question by the passages that match it): the structured answer first, then numbered passages with path, line, date and speaker to cite.")]
    public Task<AskJson> Ask(
        [Description("The question in plain words")] string question,
        [Description("Only meetings of this account (company)")] string? account = null,
        [Description("Only meetings this person or company took part in or is linked from, by name or alias")] string? person = null,
        [Description("Only meetings on or after this day, YYYY-MM-DD")] string? since = null,
        [Description("Only meetings on or before this day, YYYY-MM-DD")] string? until = null,
        [Description("At most this many passages (default 8)")] int limit = AskOptions.DefaultLimit,
        CancellationToken token = default)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new McpException("question is empty: ask something in plain words");
        }

        var options = new AskOptions { Account = account, Since = Date("since", since), Until = Date("until", until), Limit = Positive("limit", limit) };
        // Always the offline answer: the client is itself a model, so it writes the prose from the numbered
        // passages; a second model behind the tool would cost tokens and time and add nothing it can check.
        return vault.RunAsync(
            v =>
            {
                var asked = options with { Person = person is null ? null : Entity(v, person) };
                var result = AskQuery.Run(v.Index, v.Paths, question.Trim(), asked, v.Config.Owner, v.Today, new ReaderOptions { MaxBytes = v.Config.ReaderMaxBytes }, v.Config.Organization.Colleagues);
                return AskJson.From(AskAnswer.Offline(result), v.Today);
            },
            token);
    }

    [McpServerTool(Name = "ingest_text", Destructive = false, Idempotent = true, UseStructuredContent = true)]
    [Description("Files a text (meeting notes, a transcript, an email) into the vault: it becomes an Inbox source and is ingested into meeting, people and task notes.")]
    public Task<IngestedText> IngestText(
        [Description("A short title; it names the meeting note")] string title,
        [Description("The text itself; 'Name: words' lines are read as a transcript")] string text,
        [Description("The day it happened, YYYY-MM-DD (default today)")] string? date = null,
        CancellationToken token = default)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(text))
        {
            throw new McpException(string.IsNullOrWhiteSpace(title) ? "title is empty" : "text is empty: nothing to ingest");
        }

        var day = Date("date", date);
        return vault.RunAsync(v => InboxText.IngestAsync(v, title, text, day ?? v.Today, token), token);
    }

    internal static string ReadNote(VaultSession vault, string path)
    {
        var full = Check(vault, path);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(full))
        {
            throw new McpException($"{path}: no such note in the vault (paths are vault-relative, as search_notes returns them)");
        }

        return RegularFile.ReadAllText(full, RegularFile.NoteLimit);
    }

    /// <summary>The disk path of a vault-relative <paramref name="path"/>, refusing any that leads outside the vault.</summary>
    private static string Check(VaultSession vault, string path) =>
        vault.Paths.Check(path) is { } problem ? throw new McpException($"{path}: {problem}") : vault.Paths.Resolve(path);

    internal static EntityRef Entity(VaultSession vault, string name)
    {
        if (EntityQuery.Find(vault.Index, name) is { } entity)
        {
            return entity;
        }

        var close = EntitySuggestions.For(vault.Index, name);
        throw new McpException($"no person, company or project named '{name}'" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close.Select(c => $"'{c}'"))}?" : string.Empty));
    }

    private static DateOnly? Date(string name, string? value) =>
        string.IsNullOrEmpty(value) ? null
        : DateOption.TryParse(value, out var date) ? date
        : throw new McpException(DateOption.Problem(name, value));

    private static int Positive(string name, int value) => value > 0 ? value : throw new McpException($"{name} must be a positive number");

    private static TaskStatusFilter Status(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "open" => TaskStatusFilter.Open,
        "done" => TaskStatusFilter.Done,
        "all" => TaskStatusFilter.All,
        _ => throw new McpException($"status: '{value}' is not one of open, done, all"),
    };
}
