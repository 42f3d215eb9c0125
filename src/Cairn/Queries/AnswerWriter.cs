using Cairn.Commit;
using Cairn.Index;
using Cairn.Ingest;
using Cairn.Planning;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Saves an answer as a note through the <see cref="Committer"/>, like every other write: journaled, so
/// <c>cairn history</c> lists it and <c>cairn undo</c> removes it, and a second save of the same answer changes
/// nothing (no run is recorded for it). The index is then refreshed for the note.
/// </summary>
public static class AnswerWriter
{
    public static (string Path, bool Written) Write(VaultIndex index, VaultPaths paths, AskAnswer answer, DateOnly today, TimeProvider time)
    {
        var relative = AnswerNote.PathFor(answer.Result.Question.Text, today, paths.Layout.Answers);
        var content = AnswerNote.Render(answer.Result.Question.Text, answer.Text, answer.Model, answer.Sources, today);
        var full = paths.Resolve(relative);
        var kind = File.Exists(full) ? NoteChangeKind.Update : NoteChangeKind.Create;
        if (kind == NoteChangeKind.Update && RegularFile.ReadAllText(full, RegularFile.NoteLimit) == content)
        {
            return (relative, false);
        }

        var prior = kind == NoteChangeKind.Update ? ContentHash.Of(RegularFile.ReadAllBytes(full, RegularFile.NoteLimit)) : null;
        var outcome = new Committer(paths, time).Commit([IngestCommit.Unsourced([new NoteChange(relative, content, kind)], prior)]).Single();
        if (outcome.Status == SourceStatus.Failed)
        {
            throw new IOException($"{relative}: {outcome.Error}");
        }

        index.RefreshPaths([relative]);
        return (relative, outcome.Status != SourceStatus.Skipped);
    }
}
