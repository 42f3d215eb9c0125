using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// The offline extractor: rules over sentences, no model, no network. Deterministic: the same source and
/// context always give the same extract. See docs/extraction.md for the rules.
/// </summary>
public sealed partial class HeuristicExtractor : IExtractor
{
    public string Name => "offline";

    public Task<MeetingExtract> ExtractAsync(SourceDocument document, ExtractionContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Extract(document, context));

    /// <summary>The extract of a source; a transcript longer than a window is read window by window (<see cref="ExtractWindows"/>).</summary>
    public MeetingExtract Extract(SourceDocument document, ExtractionContext context) => Extract(document, context, ExtractWindows.Chars);

    internal MeetingExtract Extract(SourceDocument document, ExtractionContext context, int windowChars)
    {
        document = RecordingUser.Named(document, context.OwnerName);
        var windows = ExtractWindows.Split(document, windowChars);
        return windows.Count == 1 ? ExtractWhole(document, context) : ExtractWindows.Join([.. windows.Select(w => ExtractWhole(w, context))]);
    }

    private MeetingExtract ExtractWhole(SourceDocument document, ExtractionContext context)
    {
        var date = MeetingDate(document);
        var sentences = SentenceSplitter.Split(document);
        var cleaned = sentences.Select(s => FillerWords.Remove(s.Text)).ToList();
        var people = new PeopleDirectory(ParticipantNames(document), context);
        people.LearnIntroductions(sentences);
        var title = document.Email?.Subject is { Length: > 0 } subject ? subject : document.Title;
        // A title that names no meeting ("Untitled" from Zoom's GMT… file name) made "Untitled" the account.
        var named = TitleMaker.Named(title) is null ? string.Empty : title;

        var used = new HashSet<int>();
        var owners = new OwnerResolver(people, sentences, EmailAddressee(document, people));
        var actions = new ActionItemExtractor(owners, date).Extract(sentences, cleaned, used);
        var decisions = new DecisionExtractor(sentences, cleaned, used).Extract();

        var external = MeetingClassifier.ExternalCompanies(document, named, sentences, context, people).ToList();
        // The owner's own organization is "us": no company note of its own, never the account.
        var entities = new EntityRecognizer(people, context).Recognize(sentences, named, external)
            .Where(e => !(e.Kind == EntityKind.Company && context.OrganizationName is { Length: > 0 } us && e.Name.Equals(us, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        external.AddRange(entities
            .Where(e => e.Kind == EntityKind.Company && !external.Contains(e.Name, StringComparer.OrdinalIgnoreCase))
            .Where(e => e.Aliases.Prepend(e.Name).Any(n => EntityRecognizer.Mentions(named, n)))
            .Select(e => e.Name));
        var (type, account) = MeetingClassifier.Classify(external, people.Participants, context.Us, named, string.Join(' ', cleaned));
        // After the account is known: "our" in "Dana is our procurement lead" is the account's when its people say it.
        var facts = new PersonFactExtractor(sentences, cleaned, used, people, context).Extract(document, account)
            .Concat(new FactExtractor(sentences, cleaned, used, document.Utterances.Count > 0, name => people.Resolve(name) is { } who && people.Participants.Contains(who)).Extract())
            .ToList();
        var topics = TopicExtractor.Topics(cleaned, TopicExclusions(entities, context), title: named);
        var madeTitle = TitleMaker.Make(title, account, topics, people.Participants);
        var opening = SummaryOpening.Make(madeTitle, type, account, people.Participants, context.Us);
        // Who someone is ("I'm the VP of platform engineering") is their fact, not what the meeting was about.
        var introductions = Indices(sentences, facts.Where(f => f.About is not null).Select(f => f.Evidence));
        var summary = Summarizer.Summarize(cleaned, used.Except(introductions).ToHashSet(), Indices(sentences, decisions.Select(d => d.Evidence)), Indices(sentences, actions.Select(a => a.Evidence)), opening);
        return new MeetingExtract(
            madeTitle,
            type,
            account,
            date,
            people.Participants,
            summary,
            actions,
            decisions,
            facts,
            entities,
            topics);
    }

    /// <summary>
    /// Names are no topics: the entities found, every name and alias the vault knows, the owner and our organization.
    /// Participants' labels are not names when they are roles ("User Interface" in a design meeting), so they stay.
    /// </summary>
    internal static IEnumerable<string> TopicExclusions(IEnumerable<Entity> entities, ExtractionContext context) =>
        entities.SelectMany(e => e.Aliases.Prepend(e.Name))
            .Concat(context.KnownEntities.SelectMany(k => k.Aliases.Prepend(k.Name)))
            .Append(context.OwnerName)
            .Append(context.OrganizationName ?? string.Empty);

    /// <summary>The sentences items came from: the first sentence of each evidence quote, by the same speaker.</summary>
    internal static HashSet<int> Indices(IReadOnlyList<Sentence> sentences, IEnumerable<Evidence> evidence)
    {
        var quotes = evidence.ToList();
        return Enumerable.Range(0, sentences.Count)
            .Where(i => quotes.Any(e => e.Quote.StartsWith(sentences[i].Text, StringComparison.Ordinal) && (e.Speaker ?? string.Empty) == sentences[i].Speaker))
            .ToHashSet();
    }

    /// <summary>Who "you" is in an email: the person the greeting names, else the one recipient.</summary>
    internal static string? EmailAddressee(SourceDocument document, PeopleDirectory people)
    {
        if (document.Email is not { } email)
        {
            return null;
        }

        if (EmailBody.GreetingName(email.NewText) is { } greeted && people.Resolve(greeted) is { } who)
        {
            return who;
        }

        return email.To.Count == 1 ? people.Canonical(email.To[0].Name) : null;
    }

    internal static IEnumerable<string> ParticipantNames(SourceDocument document)
    {
        var names = MeetingClassifier.AllParticipants(document).Select(p => p.Name)
            .Concat(document.Utterances.Select(u => u.Speaker));
        return names.Select(n => n.Trim()).Where(n => n.Length > 0 && !Unnamed().IsMatch(n));
    }

    /// <summary>
    /// The date a meeting is dated by and due dates resolve against: the source's (its own, its file name's or its
    /// file's time, <see cref="SourceReader"/>). No date at all (a source read from bytes alone with none in it or
    /// its name): relative due dates stay unresolved.
    /// </summary>
    internal static DateOnly MeetingDate(SourceDocument document) => document.Date ?? default;

    [GeneratedRegex(@"^(?:unknown|speaker\s*\d*|unidentified|guest|\?+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();
}
