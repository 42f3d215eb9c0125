using Cairn.Extraction.Offline;
using Cairn.Notes;
using Cairn.Sources;

namespace Cairn.Extraction.Llm;

/// <summary>
/// Keeps of a model's reply only what the source supports, whatever the model: an item whose quote is not in
/// the source is dropped (and counted); an owner must be a participant, a known person or alias, or the vault
/// owner, else the task has none; a due date comes from the source's own words through the offline
/// <see cref="DueDateParser"/> against the meeting date, never from the model's arithmetic; an account, an
/// entity or a topic the source never names is left out. Names are only ever chosen among these, and the
/// planner's safe-name and containment rules apply to them downstream as to every extract.
/// </summary>
public sealed class Grounding
{
    private const int MaxTextLength = 300;

    private readonly SourceDocument document;
    private readonly ExtractionContext context;
    private readonly QuoteIndex quotes;
    private readonly PeopleDirectory people;
    private readonly DateOnly date;

    public Grounding(SourceDocument document, ExtractionContext context, IReadOnlyList<Passage> passages, DateOnly date)
    {
        this.document = document;
        this.context = context;
        this.date = date;
        quotes = new QuoteIndex(passages);
        people = new PeopleDirectory(HeuristicExtractor.ParticipantNames(document), context);
    }

    /// <summary>The source's words, normalised once for every quote and name checked against them.</summary>
    public QuoteIndex Quotes => quotes;

    /// <summary>Participants as the source lists them, never as the model does.</summary>
    public IReadOnlyList<string> Participants => people.Participants;

    public int Dropped { get; private set; }

    public List<ActionItem> ActionItems(IEnumerable<LlmActionItem>? items) =>
        Keep(items, i => i.Text, i => i.Quote, (item, text, evidence) =>
            new ActionItem(text, Owner(item.Owner), Due(item.Due, item.Quote), Priority(item.Priority), evidence));

    public List<Decision> Decisions(IEnumerable<LlmQuoted>? items) =>
        Keep(items, i => i.Text, i => i.Quote, (_, text, evidence) => new Decision(text, evidence));

    public List<KeyFact> Facts(IEnumerable<LlmQuoted>? items) =>
        Keep(items, i => i.Text, i => i.Quote, (_, text, evidence) => new KeyFact(text, evidence));

    /// <summary>Entities the source names (by name or an alias); the kind the model gives, person when it gives none known.</summary>
    public List<Entity> Entities(IEnumerable<LlmEntity>? items) =>
        (items ?? [])
            .Where(e => Clean(e.Name) is { Length: > 0 })
            .Select(e => new Entity(Clean(e.Name)!, Kind(e.Kind), (e.Aliases ?? []).Select(Clean).OfType<string>().Where(Named).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(e => Named(e.Name) || e.Aliases.Count > 0)
            .DistinctBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public List<string> Topics(IEnumerable<string>? topics) =>
        (topics ?? []).Select(Clean).OfType<string>().Where(Named).Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList();

    /// <summary>The account only when the source or the vault names that company.</summary>
    public string? Account(string? account)
    {
        var name = Clean(account);
        if (name is null)
        {
            return null;
        }

        var known = context.KnownEntities.FirstOrDefault(k => k.Kind == EntityKind.Company && k.Aliases.Prepend(k.Name).Contains(name, StringComparer.OrdinalIgnoreCase));
        return known?.Name ?? (Named(name) ? name : null);
    }

    public static MeetingType Type(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "customer" => MeetingType.Customer,
        "partner" => MeetingType.Partner,
        "one-on-one" or "1-1" or "one_on_one" => MeetingType.OneOnOne,
        _ => MeetingType.Internal,
    };

    /// <summary>A single line of at most <see cref="MaxTextLength"/> characters, or null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        line = new string(line.Where(c => !char.IsControl(c)).ToArray());
        return line.Length == 0 ? null : line.Length <= MaxTextLength ? line : line[..MaxTextLength].TrimEnd() + "…";
    }

    private List<T> Keep<TItem, T>(IEnumerable<TItem>? items, Func<TItem, string?> textOf, Func<TItem, string?> quoteOf, Func<TItem, string, Evidence, T> make)
    {
        var kept = new List<T>();
        foreach (var item in items ?? [])
        {
            var text = Clean(textOf(item));
            var quote = Clean(quoteOf(item));
            if (text is null || quote is null || quotes.Find(quote) is not { } passage)
            {
                Dropped++;
                continue;
            }

            kept.Add(make(item, text, new Evidence(quote, passage.Speaker.Length > 0 ? people.Canonical(passage.Speaker) : null, passage.Start)));
        }

        return kept;
    }

    private string? Owner(string? owner)
    {
        var name = Clean(owner);
        if (name is null)
        {
            return null;
        }

        if (name.Equals("me", StringComparison.OrdinalIgnoreCase) || name.Equals("myself", StringComparison.OrdinalIgnoreCase))
        {
            return people.Owner;
        }

        return people.Resolve(name);
    }

    /// <summary>The due date the source's words give: the model's due phrase if the source says it, else the quote's.</summary>
    private DateOnly? Due(string? phrase, string? quote)
    {
        if (quotes.Contains(phrase) && DueDateParser.Parse(phrase!, date) is { } fromPhrase)
        {
            return fromPhrase;
        }

        return quote is not null && quotes.Find(quote) is not null ? DueDateParser.Parse(quote, date) : null;
    }

    private static TaskPriority Priority(string? priority) => priority?.Trim().ToLowerInvariant() switch
    {
        "high" => TaskPriority.High,
        "medium" => TaskPriority.Medium,
        "low" => TaskPriority.Low,
        _ => TaskPriority.None,
    };

    private static EntityKind Kind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "company" or "organization" or "organisation" => EntityKind.Company,
        "project" => EntityKind.Project,
        "product" => EntityKind.Product,
        _ => EntityKind.Person,
    };

    /// <summary>Whether the source (its words, its title, its participants) names this.</summary>
    private bool Named(string name) =>
        quotes.Contains(name)
        || QuoteIndex.Normalize(document.Title).Contains(QuoteIndex.Normalize(name), StringComparison.Ordinal)
        || people.Participants.Contains(name, StringComparer.OrdinalIgnoreCase);
}
