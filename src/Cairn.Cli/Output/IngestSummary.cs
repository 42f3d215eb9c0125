using Cairn.Ingest;
using Spectre.Console;

namespace Cairn.Cli.Output;

/// <summary>The human end of an ingest: one line per source that did not simply succeed, then a count table.</summary>
internal static class IngestSummary
{
    public static void Write(CliContext context, IngestReport report)
    {
        foreach (var item in report.Items)
        {
            context.Stdout.WriteLine(Line(item));
        }

        var table = new Table().AddColumns("created", "updated", "skipped", "failed");
        table.AddRow(
            report.Count(IngestStatus.Created).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Count(IngestStatus.Updated).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Count(IngestStatus.Skipped).ToString(System.Globalization.CultureInfo.InvariantCulture),
            report.Count(IngestStatus.Failed).ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Console.Write(table);
    }

    /// <summary><c>source -> created: note</c>, <c>source -> failed: why</c>: one source's outcome on one line.</summary>
    public static string Line(IngestItem item)
    {
        var detail = item.Status switch
        {
            IngestStatus.Failed => $"failed: {item.Error}",
            IngestStatus.Skipped => $"skipped: {item.Error}",
            _ => $"{item.Status.ToString().ToLowerInvariant()}: {item.Notes.FirstOrDefault()}" + (item.Dated is { } dated ? $" ({dated})" : string.Empty),
        };
        return $"{item.Source} -> {detail}";
    }
}
