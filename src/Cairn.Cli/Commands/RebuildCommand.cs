using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Ingest;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn rebuild [--dry-run]</c>: regenerates every entity note from the meeting notes.</summary>
public sealed class RebuildCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a diff; write nothing" };
        var command = new Command("rebuild", "Regenerate every person, company and project note from the meeting notes") { dryRun };
        command.SetAction(parse =>
        {
            if (CliVault.Open(context, context.VaultPath(parse)) is not { } vault)
            {
                return ExitCodes.Failed;
            }

            var (config, paths) = (vault.Config, vault.Paths);
            // Planned and written under one hold of the lock, after the repair of a crashed run, from the entity kinds ingest recorded.
            using var vaultLock = VaultLock.Acquire(paths.Root, waiting: context.Warn);
            var committer = new Committer(paths, context.Time, context.FileSystem, held: vaultLock);
            var report = committer.Read(state => EntityRebuild.Plan(paths, config, config.OwnerName, context.Time.GetLocalNow(), state.EntitySubjects(), state.Ledger));
            if (parse.GetValue(dryRun))
            {
                foreach (var write in report.Writes)
                {
                    context.Stdout.Write(UnifiedDiff.Format(write.Path, write.Before, write.After));
                }
            }
            else
            {
                report = IngestCommit.Apply(paths, report, context.Time, context.FileSystem, held: vaultLock);
            }

            // A note whose write failed comes back as a failed item: it is named, not counted as rewritten.
            var failed = report.Items.Where(i => i.Status == IngestStatus.Failed).ToList();
            var written = report.Writes.Select(w => w.Path).Where(p => !failed.Any(f => f.Source == p)).ToList();
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, new RebuildJson(written, [.. failed.Select(f => new RebuildJson.Failure(f.Source, f.Error))]), CliJsonContext.Default.RebuildJson);
            }
            else
            {
                // A meeting note is written only to carry a tick made on one of its task copies (VaultState.CarryTicks).
                var meetings = written.Count(p => p.StartsWith(config.Folders.Meetings + "/", StringComparison.Ordinal));
                var ticked = meetings == 0 ? string.Empty : $"; {meetings} meeting note(s) {(parse.GetValue(dryRun) ? "would get" : "got")} a tick made on a copy";
                context.Stdout.WriteLine($"{written.Count - meetings} entity notes {(parse.GetValue(dryRun) ? "would change" : "rewritten")}{ticked}");
                foreach (var item in failed)
                {
                    context.Error($"{item.Source}: {item.Error}");
                }
            }

            return failed.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
