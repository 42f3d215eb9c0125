using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Queries;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn done FILE:LINE</c>: ticks a task where it lives and in its mirrors; a recurring task gets its next occurrence.</summary>
public sealed class DoneCommand : ICliCommand
{
    private readonly Argument<string> target = new("FILE:LINE") { Description = "The note (vault-relative or a path) and the 1-based line of the task" };

    public Command Build(CliContext context)
    {
        var command = new Command("done", "Tick a task (✅ today) where it lives and in every mirror") { target };
        command.SetAction(parse =>
        {
            var (file, line) = Split(parse.GetValue(target)!);
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var paths = new VaultPaths(vault.Root, vault.Config.Folders);
            var relative = Relative(paths, file);
            if (relative is null)
            {
                context.Error($"{file}: not a note inside the vault {vault.Root}");
                return ExitCodes.Failed;
            }

            DoneResult result;
            using (var run = new Committer(paths, context.Time).BeginRun())
            {
                result = TaskCompletion.Complete(vault.Index, paths, run, relative, line, vault.Today(context));
                run.Complete();
            }

            if (result.Error is not null)
            {
                context.Error(result.Error);
                return ExitCodes.Failed;
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, DoneJson.From(result), CliJsonContext.Default.DoneJson);
                return ExitCodes.Ok;
            }

            context.Stdout.WriteLine($"done: {result.File}:{result.Line}  {result.Completed!.Trim()}");
            if (result.NextOccurrence is { } next)
            {
                context.Stdout.WriteLine($"next: {next.Trim()}");
            }

            foreach (var mirror in result.Mirrors)
            {
                context.Stdout.WriteLine($"also ticked: {mirror}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static (string File, int Line) Split(string value)
    {
        var colon = value.LastIndexOf(':');
        return colon > 0 && int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0
            ? (value[..colon], line)
            : throw new CairnUsageException($"'{value}' is not FILE:LINE (for example Meetings/Acme/2025-11-03 - Kickoff.md:12)");
    }

    /// <summary>A vault-relative path as given, else a path (absolute or from the current folder) inside the vault.</summary>
    private static string? Relative(VaultPaths paths, string file)
    {
        var normalized = file.Replace('\\', '/');
        if (!Path.IsPathRooted(file) && paths.Check(normalized) is null && File.Exists(Path.Combine(paths.Root, normalized)))
        {
            return normalized;
        }

        var full = Path.GetFullPath(file);
        return full.StartsWith(paths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? paths.Relative(full) : null;
    }
}
