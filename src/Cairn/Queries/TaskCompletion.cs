using Cairn.Commit;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn done FILE:LINE</c>: ticks a task where it lives (✅ the day given), writes a recurring task's next
/// occurrence above it as the Tasks plugin does, and ticks its mirrors: the same task (text and owner) in the
/// Open Tasks of entity notes, linked to the task's note. Given a mirror, it ticks the task the mirror copies
/// (and so every copy). Writes go through the caller's run (journaled, so
/// <c>undo</c> unticks them); the index is updated after.
/// </summary>
public static class TaskCompletion
{
    public static DoneResult Complete(VaultIndex index, VaultPaths paths, CommitRun run, string file, int line, DateOnly today)
    {
        var full = paths.Resolve(file);
        if (!File.Exists(full))
        {
            return DoneResult.Fail($"{file}: no such note");
        }

        var document = NoteDocument.Parse(RegularFile.ReadAllText(full, RegularFile.NoteLimit));
        if (document.Tasks.FirstOrDefault(t => t.Line == line) is not { } task)
        {
            return DoneResult.Fail(line < 1 || line > document.Lines.Count ? $"{file}:{line}: the note has {document.Lines.Count} lines" : $"{file}:{line} is not a task");
        }

        if (!task.IsOpen)
        {
            return DoneResult.Fail($"{file}:{line} is already {(task.Status == TaskLineStatus.Cancelled ? "cancelled" : "done")}");
        }

        // A copy in an entity note's Open Tasks stands for the task in its meeting: tick that one, which ticks every copy.
        if (TaskMirror.IsMirror(document, task) && Primary(index, task) is { } primary)
        {
            return Complete(index, paths, run, primary.Path, primary.Line, today);
        }

        var (completed, next) = TaskTick.Apply(document, task, today);
        run.Write(file, AtomicFile.Utf8NoBom.GetBytes(document.ToString()));
        var mirrors = TickMirrors(index, paths, run, file, task, today);
        var files = mirrors.Select(m => m[..m.LastIndexOf(':')]).Prepend(file).Distinct(StringComparer.Ordinal).ToList();
        index.RefreshPaths(files);
        return new DoneResult(completed, next, mirrors, null) { File = file, Line = line };
    }

    private static List<string> TickMirrors(VaultIndex index, VaultPaths paths, CommitRun run, string file, TaskLine task, DateOnly today)
    {
        var ticked = new List<string>();
        var noteKey = Wikilink.Key(file);
        var identity = TaskTick.Identity(task);
        foreach (var group in TaskReads.OpenMirrors(index, task.Owner).GroupBy(c => c.Path))
        {
            var full = paths.Resolve(group.Key);
            if (!File.Exists(full))
            {
                continue;
            }

            var document = NoteDocument.Parse(RegularFile.ReadAllText(full, RegularFile.NoteLimit));
            var lines = group.Where(c => c.Links.Split('\n').Any(l => Wikilink.Key(l) == noteKey)).Select(c => c.Line).ToHashSet();
            var matches = document.Tasks.Where(t => lines.Contains(t.Line) && t.IsOpen && TaskTick.Identity(t) == identity).OrderByDescending(t => t.Line).ToList();
            var ticks = new List<(string Open, string Ticked)>();
            foreach (var mirror in matches)
            {
                var done = (mirror with { StatusChar = 'x', Done = today }).Format();
                ticks.Add((document.Lines[mirror.Line - 1], done));
                document.ReplaceLine(mirror.Line, done);
                ticked.Add($"{group.Key}:{mirror.Line}");
            }

            if (matches.Count > 0)
            {
                run.WriteTicks(group.Key, AtomicFile.Utf8NoBom.GetBytes(document.ToString()), ticks);
            }
        }

        return ticked;
    }

    /// <summary>The open task a mirror copies: in the note it links, with the same owner and words.</summary>
    private static (string Path, int Line)? Primary(VaultIndex index, TaskLine mirror)
    {
        var identity = TaskTick.Identity(mirror);
        foreach (var link in Wikilink.FindAll(mirror.Description).Select(l => Wikilink.Key(l.Target)).Distinct(StringComparer.Ordinal))
        {
            foreach (var (path, line, raw) in TaskReads.OpenOutsideEntities(index, mirror.Owner, link + ".md"))
            {
                if (TaskLineParser.TryParse(raw, TaskParseOptions.Default, out var candidate) && TaskTick.Identity(candidate) == identity)
                {
                    return (path, line);
                }
            }
        }

        return null;
    }
}
