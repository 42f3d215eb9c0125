using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// The JSON each command writes, as the keys it holds in order and the kind of each value (docs/cli.md's shapes):
/// scripts read these, so a renamed, dropped or reordered key fails here. Strings and nulls are one kind (a
/// nullable text); an array shows its first element, and an empty one fits any element (what the demo's notes
/// hold is other tests' business).
/// </summary>
public sealed class JsonShapeTests : IDisposable
{
    private static readonly string[] Expected =
    [
        "demo {vault: text, sources: [text], results: [{source: text, status: text, notes: [text], error: text, dated: text, extractor: text, model: text, tokens_in: text, tokens_out: text, dropped: text, fallback: text}]}",
        "init {vault: text, created: [text], existing: [], config_error: text, warning: text}",
        "version {version: text}",
        "check [{file: text, line: 0, severity: text, problem: text}]",
        "people [{name: text, path: text, last_contact: text, days_since: 0, meetings: 0, open_tasks: 0}]",
        "search [{path: text, title: text, type: text, date: text, account: text, score: 0, snippet: text}]",
        "show {name: text, kind: text, path: text, aliases: [text], last_contact: text, profile: [text], key_facts: [], topics: [text], key_decisions: [text], recent_meetings: [{path: text, title: text, date: text, account: text, summary: text}], open_tasks: [{file: text, line: 0, status: text, text: text, owner: text, priority: text, due: text, scheduled: text, start: text, created: text, done: text, cancelled: text, recurrence: text, tags: [text], id: text, depends_on: [], account: text, overdue: bool}]}",
        "pipeline {today: text, accounts: [{account: text, path: text, last_contact: text, days_since: 0, meetings_30d: 0, meetings_90d: 0, meetings_total: 0, recent_meetings: [{path: text, title: text, date: text, summary: text}], open_tasks: 0, overdue: 0, owners: [{owner: text, open: 0, overdue: 0}], decisions: [{text: text, section: text, path: text, date: text}], requirements: [{text: text, section: text, path: text, date: text}], key_facts: [{text: text, section: text, path: text, date: text}]}], written: text}",
        "index {added: 0, updated: 0, removed: 0, renamed: 0, unchanged: 0, notes: 0, rebuilt: bool, milliseconds: 0}",
        "done {file: text, line: 0, completed: text, next: text, mirrors: [text]}",
        "rebuild {notes: [text], failed: []}",
        "ingest [{source: text, status: text, notes: [text], error: text, dated: text, extractor: text, model: text, tokens_in: text, tokens_out: text, dropped: text, fallback: text}]",
        "history [{run: 0, started: text, finished: text, status: text, sources: 0, created: 0, updated: 0, moved: 0, tokens_in: 0, tokens_out: 0}]",
        "undo {run: 0, undone: bool, reverted: [text], changed: []}",
    ];

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Every_command_writes_its_json_shape()
    {
        var vault = dir.Combine("demo");
        var shapes = new List<string> { "demo " + Shape(Json(0, "demo", vault)) };
        string Of(params string[] args) => args[0] + " " + Shape(Json(null, [.. args, "--vault", vault]));

        shapes.Add("init " + Shape(Json(0, "init", "--vault", dir.Combine("fresh"), "--owner", "Ada Lovelace")));
        shapes.Add("version " + Shape(Json(0, "version")));
        var broken = Path.Combine(vault, "Broken.md");
        File.WriteAllText(broken, "---\ntitle: [unclosed\n---\nText.\n");
        shapes.Add(Of("check"));
        File.Delete(broken);
        shapes.Add(Of("people"));
        shapes.Add(Of("search", "Fabrikam"));
        shapes.Add(Of("show", "Marcus Lee"));
        shapes.Add(Of("pipeline"));
        shapes.Add(Of("index"));
        var task = Json(0, "tasks", "--vault", vault)[0];
        shapes.Add(Of("done", $"{task.GetProperty("file").GetString()}:{task.GetProperty("line").GetInt32()}"));
        shapes.Add(Of("rebuild"));
        File.WriteAllText(Path.Combine(vault, "Inbox", "2025-11-19 - Fabrikam follow-up.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Marcus Lee>We need the Fabrikam quote.\n\n00:00:05.000 --> 00:00:09.000\n<v Jason Vallery>I'll send the Fabrikam quote by Friday.\n");
        shapes.Add(Of("ingest"));
        shapes.Add(Of("history"));
        shapes.Add(Of("undo"));

        Assert.True(Expected.Length == shapes.Count && Expected.Zip(shapes).All(p => Fits(p.First, p.Second)), "the shapes now:\n" + string.Join("\n", shapes));
    }

    /// <summary>Whether an output's shape is the expected one, an empty array standing for an array of anything.</summary>
    private static bool Fits(string expected, string actual)
    {
        var (e, a) = (0, 0);
        while (e < expected.Length && a < actual.Length)
        {
            if (actual[a] == '[' && a + 1 < actual.Length && actual[a + 1] == ']' && expected[e] == '[')
            {
                e = Closing(expected, e) + 1;
                a += 2;
            }
            else if (expected[e++] != actual[a++])
            {
                return false;
            }
        }

        return e == expected.Length && a == actual.Length;
    }

    private static int Closing(string text, int open)
    {
        for (var (i, depth) = (open, 0); i < text.Length; i++)
        {
            depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static JsonElement Json(int? exitCode, params string[] args)
    {
        var result = CliRunner.Run([.. args, "--json"]);
        Assert.True(exitCode is null || result.ExitCode == exitCode, $"{string.Join(' ', args)}: exit {result.ExitCode}: {result.Stderr}");
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    private static string Shape(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => p.Name + ": " + Shape(p.Value))) + "}",
        JsonValueKind.Array => "[" + (value.GetArrayLength() > 0 ? Shape(value[0]) : string.Empty) + "]",
        JsonValueKind.Number => "0",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "text",
    };
}
