using Cairn.Extraction;

namespace Cairn.Bench.Extraction.Scoring;

/// <summary>
/// Scores an extract against labels the way expected.json says: an item matches when its text contains
/// one of the phrases (case-insensitive) and, for tasks, its owner is the labelled person. An extracted
/// item is correct when it matches some label; a label is found when some item matches it. The owners of the
/// extracted tasks whose text matches a label are counted apart: the labelled person, another person, nobody.
/// </summary>
internal static class LabelScorer
{
    public static SourceScore Score(ExpectedSource expected, MeetingExtract extract)
    {
        var actions = Measure(expected.Actions ?? [], extract.ActionItems, Matches);
        var actionText = Measure(expected.Actions ?? [], extract.ActionItems, (e, a) => Contains(a.Text, e));
        var owners = Owners(expected.Actions ?? [], extract.ActionItems);
        var decisions = Measure(expected.Decisions ?? [], extract.Decisions, (e, d) => Contains(d.Text, e));
        // The labels are the meeting's own facts: a fact about a person (KeyFact.About: a role, an address) that
        // matches none is who is who, not a wrong fact; PersonFactTests score those.
        var labelled = expected.Facts ?? [];
        var facts = Measure(labelled, extract.KeyFacts.Where(f => f.About is null || labelled.Any(e => Contains(f.Text, e))).ToList(), (e, f) => Contains(f.Text, e));
        var entities = Measure(expected.Entities ?? [], extract.Entities, (e, x) => Names(x).Any(n => n.Equals(e, StringComparison.OrdinalIgnoreCase)));
        var typeRight = expected.Type is null || string.Equals(TypeName(extract.Type), expected.Type, StringComparison.OrdinalIgnoreCase);
        var accountRight = string.Equals(expected.Account ?? string.Empty, extract.Account ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        var participantsRight = expected.Participants is null
            || expected.Participants.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(extract.Participants.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        return new SourceScore(expected.File, actions, actionText, owners, decisions, facts, entities, typeRight && accountRight, participantsRight);
    }

    public static string TypeName(MeetingType type) => type switch
    {
        MeetingType.OneOnOne => "one-on-one",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>A task matches a labelled action when its text holds one of the phrases and its owner is the labelled person.</summary>
    public static bool Matches(ExpectedItem expected, ActionItem task) => Contains(task.Text, expected) && Same(task.Owner, expected.Owner);

    private static Tally Measure<TExpected, TItem>(IReadOnlyList<TExpected> expected, IReadOnlyList<TItem> items, Func<TExpected, TItem, bool> matches) =>
        new(expected.Count, expected.Count(e => items.Any(i => matches(e, i))), items.Count, items.Count(i => expected.Any(e => matches(e, i))));

    /// <summary>Each extracted task whose text matches a label: its owner against the owners of the labels it matches.</summary>
    private static OwnerTally Owners(IReadOnlyList<ExpectedItem> expected, IReadOnlyList<ActionItem> items) =>
        items.Select(a => (a.Owner, Labels: expected.Where(e => Contains(a.Text, e)).ToList()))
            .Where(x => x.Labels.Count > 0)
            .Aggregate(OwnerTally.Zero, (sum, x) => sum + OwnerTally.Of(x.Owner, x.Labels.Select(e => e.Owner ?? string.Empty)));

    private static bool Contains(string text, ExpectedItem e) => e.Any.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static bool Same(string? owner, string? expected) => OwnerTally.IsThePerson(owner, expected);

    private static IEnumerable<string> Names(Entity e) => e.Aliases.Prepend(e.Name);
}

internal sealed record SourceScore(string File, Tally Actions, Tally ActionText, OwnerTally Owners, Tally Decisions, Tally Facts, Tally Entities, bool TypeAndAccount, bool Participants);
