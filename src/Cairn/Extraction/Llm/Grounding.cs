using System.Text.RegularExpressions;
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
public sealed partial class Grounding
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

    /// <summary>
    /// What the source states about people, as the offline extractor writes it (<see cref="PersonStatement"/>, the
    /// person in <see cref="KeyFact.About"/>). An item is kept only whole: its person resolves through the people
    /// directory (a name no participant, vault person or the owner answers to is dropped), its quote is in the source
    /// and either is that person's own first-person words or names them, and what it says (a role and its company,
    /// a duty, an address) is in that quote. Anything else drops the item, and it is counted.
    /// </summary>
    public List<KeyFact> PersonFacts(IEnumerable<LlmPersonFact>? items, string? account)
    {
        var kept = new List<KeyFact>();
        foreach (var item in items ?? [])
        {
            if (Stated(item, account) is { } fact)
            {
                kept.Add(fact);
            }
            else
            {
                Dropped++;
            }
        }

        return kept;
    }

    /// <summary>What an email's headers and signature state about people: the model is never shown them.</summary>
    public IEnumerable<KeyFact> EmailFacts(string? account) => EmailPersonFacts.Of(document, context, people, account);

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

    private KeyFact? Stated(LlmPersonFact item, string? account)
    {
        var quote = Clean(item.Quote);
        if (quote is null || quotes.Find(quote) is not { } passage || Clean(item.Name) is not { } name || people.Resolve(name) is not { } person
            || Clean(item.Says)?.TrimEnd('.', ' ') is not { Length: > 0 } says)
        {
            return null;
        }

        var speaker = passage.Speaker.Length > 0 ? people.Canonical(passage.Speaker) : null;
        var own = string.Equals(speaker, person, StringComparison.OrdinalIgnoreCase) && FirstPerson(quote);
        if (!own && !Names(quote, person))
        {
            return null;
        }

        // "our" is the account's when the account's people say it of one of theirs, as the offline extractor takes it.
        var ours = speaker is not null && !context.Us.Includes(speaker) && !context.Us.Includes(person) && account is not null && people.Resolve(account) is null ? account : null;
        var statement = says.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) ? says[(name.Length + 1)..] : says;
        return Line(person, statement, quote, passage, ours) is { } line ? new KeyFact(line, new Evidence(quote, speaker, passage.Start)) { About = person } : null;
    }

    /// <summary>
    /// The line a statement makes, through <see cref="PersonStatement"/>: an address (which must be in the passage as
    /// written), a role ("is our procurement lead", "is the CFO at Acme": the title and a company named in the quote,
    /// or "our" said by the account's people), else what they own, run or care about; null when the quote does not hold it.
    /// </summary>
    private string? Line(string person, string statement, string quote, Passage passage, string? ours)
    {
        if (AddressIn().Match(statement) is { Success: true } address)
        {
            return passage.Text.Contains(address.Value, StringComparison.OrdinalIgnoreCase) ? PersonStatement.EmailOf(person, address.Value) : null;
        }

        if (RoleStated().Match(statement) is { Success: true } role && PersonStatement.HasRoleNoun(role.Groups["title"].Value))
        {
            var title = role.Groups["title"].Value;
            var named = role.Groups["company"].Success ? role.Groups["company"].Value : null;
            var company = named is null ? (role.Groups["lead"].Value.ToLowerInvariant() is "our" or "their" ? ours : null)
                : Supports(quote, named) ? Account(named) ?? named
                : string.Equals(named, ours, StringComparison.OrdinalIgnoreCase) ? ours : null;
            var whole = title.Split(' ').Length <= 8 && !title.Contains(" and ", StringComparison.OrdinalIgnoreCase);
            return whole && Supports(quote, title) && (named is null || company is not null) ? PersonStatement.RoleOf(person, title, company) : null;
        }

        return Supports(quote, statement) ? PersonStatement.DutyOf(person, statement, ours) : null;
    }

    /// <summary>Whether the quote names the person: their full name, or a capitalised word or two the people directory resolves to them.</summary>
    private bool Names(string quote, string person)
    {
        var words = Words().Matches(quote).Select(m => m.Value).ToList();
        return words.Select((w, i) => i + 1 < words.Count ? [w, w + " " + words[i + 1]] : new[] { w })
            .SelectMany(w => w)
            .Any(w => char.IsUpper(w[0]) && string.Equals(people.Resolve(w), person, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether every word of a phrase that carries meaning (not a <see cref="StopWords"/> word) is among the quote's
    /// words, an -s ending aside ("owns" for "I own"): the model may reorder and conjugate, not add.
    /// </summary>
    private static bool Supports(string quote, string phrase)
    {
        var said = QuoteIndex.Normalize(quote).Split(' ').Select(Stem).ToHashSet(StringComparer.Ordinal);
        var words = QuoteIndex.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).ToList();
        return words.Count > 0 && words.All(w => said.Contains(Stem(w)));
    }

    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>A person's own words about themselves say "I", "me" or "my".</summary>
    private static bool FirstPerson(string quote) => FirstPersonWord().IsMatch(quote);

    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I'll|(?i:me|my|myself))\b")]
    private static partial Regex FirstPersonWord();

    [GeneratedRegex(@"^(?:is|was) (?<lead>the|a|an|our|their|his|her) (?<title>.+?)(?: (?:at|with|from) (?<company>(?-i:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4})))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleStated();

    [GeneratedRegex(@"[^\s@<>()""']+@[^\s@<>()""']+\.[A-Za-z]{2,}")]
    private static partial Regex AddressIn();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Words();

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
