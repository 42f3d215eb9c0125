using System.Globalization;
using Cairn.Sources;

namespace Cairn.Cli.Output;

/// <summary>The JSON shape of <c>cairn inspect --json</c> (DESIGN.md): stable once shipped.</summary>
internal sealed record InspectView(
    string Format,
    string Kind,
    string Title,
    string? Date,
    string DateFrom,
    IReadOnlyList<string> Participants,
    IReadOnlyList<InspectView.UtteranceView> Utterances,
    string? Body)
{
    public static InspectView From(SourceDocument document) => new(
        document.Format,
        EnumName.Of(document.Kind),
        document.Title,
        document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EnumName.Of(document.DateFrom),
        document.Participants.Select(p => p.Name).ToList(),
        document.Utterances.Select(u => new UtteranceView(u.Speaker, u.Start is { } s ? Timestamps.Format(s) : null, u.Text)).ToList(),
        document.Body);

    internal sealed record UtteranceView(string Speaker, string? Start, string Text);
}
