using System.Globalization;
using Cairn.Extraction;
using Cairn.Ingest;
using Cairn.Vault;
using static System.FormattableString;
using Spectre.Console;

namespace Cairn.Cli.Output;

/// <summary>The human end of an ingest: one line per source that did not simply succeed, then a count table.</summary>
internal static class IngestSummary
{
    /// <summary>A dry run words each outcome as what would happen ("would create"), since nothing was written.</summary>
    public static void Write(CliContext context, IngestReport report, bool dryRun = false)
    {
        foreach (var item in report.Items)
        {
            context.Stdout.WriteLine(Line(item, dryRun));
        }

        var table = dryRun
            ? new Table().AddColumns("would create", "would update", "would skip", "would fail")
            : new Table().AddColumns("created", "updated", "skipped", "failed");
        var cells = new List<string> { Number(report.Count(IngestStatus.Created)), Number(report.Count(IngestStatus.Updated)), Number(report.Count(IngestStatus.Skipped)), Number(report.Count(IngestStatus.Failed)) };
        var models = report.Items.Select(i => i.Origin).OfType<ExtractionOrigin>().Where(o => o.Model is not null || o.FallbackReason is not null).ToList();
        if (models.Count > 0)
        {
            // What the run cost, where a model was used: tokens sent and received, items grounding dropped.
            table.AddColumns("tokens in", "tokens out", "dropped");
            cells.AddRange([Number(models.Sum(o => o.TokensIn)), Number(models.Sum(o => o.TokensOut)), Number(models.Sum(o => o.Dropped))]);
        }

        table.AddRow(cells.ToArray());
        context.Console.Write(table);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>source -> created: note</c>, <c>source -> failed: why</c>: one source's outcome on one line.</summary>
    public static string Line(IngestItem item, bool dryRun = false)
    {
        var detail = (item.Status, dryRun) switch
        {
            (IngestStatus.Failed, false) => $"failed: {item.Error}",
            (IngestStatus.Failed, true) => $"would fail: {item.Error}",
            (IngestStatus.Skipped, false) => $"skipped: {item.Error}",
            (IngestStatus.Skipped, true) => $"would skip: {item.Error}",
            (IngestStatus.Created, true) => $"would create: {item.Notes.FirstOrDefault()}{Dated(item)}" + Cost(item.Origin),
            (IngestStatus.Updated, true) => $"would update: {item.Notes.FirstOrDefault()}{Dated(item)}" + Cost(item.Origin),
            _ => $"{EnumName.Of(item.Status)}: {item.Notes.FirstOrDefault()}{Dated(item)}" + Cost(item.Origin),
        };
        // A newline in a source's name (refused, reported) would split its line in two.
        return $"{VaultPaths.Printable(item.Source)} -> {detail}";
    }

    /// <summary>" (model: 5120 in, 640 out tokens, 1 dropped)" for a model's extract; the reason for an offline fallback.</summary>
    private static string Cost(ExtractionOrigin? origin) => origin switch
    {
        { FallbackReason: { } reason } => $" (offline: {reason})",
        { Model: { } model, Cached: true } => $" ({model}: cached reply, {origin.Dropped} dropped)",
        { Model: { } model } => Invariant($" ({model}: {origin.TokensIn} in, {origin.TokensOut} out tokens, {origin.Dropped} dropped)"),
        _ => string.Empty,
    };

    /// <summary>How an undated source was dated (by its name, its file time), after the note it made.</summary>
    private static string Dated(IngestItem item) => item.Dated is { } dated ? $" ({dated})" : string.Empty;
}
