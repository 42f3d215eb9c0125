using Cairn.Extraction;
using Cairn.Notes;

namespace Cairn.Cli.Output;

/// <summary>The JSON shape of <c>cairn extract</c> (DESIGN.md): evidence is the quote string, dates YYYY-MM-DD.</summary>
internal sealed record ExtractView(
    string Title,
    string Type,
    string? Account,
    string Date,
    IReadOnlyList<string> Participants,
    string Summary,
    IReadOnlyList<ExtractView.Task> ActionItems,
    IReadOnlyList<ExtractView.Item> Decisions,
    IReadOnlyList<ExtractView.Item> KeyFacts,
    IReadOnlyList<ExtractView.Named> Entities,
    IReadOnlyList<string> Topics,
    string Extractor,
    string? Model,
    long TokensIn,
    long TokensOut,
    int Dropped)
{
    public static ExtractView From(MeetingExtract e) => new(
        e.Title,
        EnumName.Of(e.Type),
        e.Account,
        IsoDate.Format(e.Date),
        e.Participants,
        e.Summary,
        e.ActionItems.Select(a => new Task(a.Text, a.Owner, a.Due is { } d ? IsoDate.Format(d) : null, EnumName.Of(a.Priority), a.Evidence.Quote)).ToList(),
        e.Decisions.Select(d => new Item(d.Text, d.Evidence.Quote)).ToList(),
        e.KeyFacts.Select(f => new Item(f.Text, f.Evidence.Quote)).ToList(),
        e.Entities.Select(x => new Named(x.Name, EnumName.Of(x.Kind), x.Aliases)).ToList(),
        e.Topics,
        e.Origin?.Extractor ?? "offline",
        e.Origin?.Model,
        e.Origin?.TokensIn ?? 0,
        e.Origin?.TokensOut ?? 0,
        e.Origin?.Dropped ?? 0);

    internal sealed record Task(string Text, string? Owner, string? Due, string Priority, string Evidence);

    internal sealed record Item(string Text, string Evidence);

    internal sealed record Named(string Name, string Kind, IReadOnlyList<string> Aliases);
}
