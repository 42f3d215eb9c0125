using System.Globalization;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// A transcript longer than <see cref="Chars"/> characters is extracted window by window: consecutive runs of
/// whole utterances, each read by the rules alone, then joined into one extract. The rules' working memory
/// (sentences, cleaned text, candidates, the pairwise repeat checks) then grows with the window, not the source,
/// and their time grows linearly with the source. A real meeting never reaches a window: a three-hour meeting is
/// about 300,000 characters. See docs/vault.md, "Large sources".
/// </summary>
internal static class ExtractWindows
{
    /// <summary>About ten hours of talk; what an all-day workshop reaches, with room to spare.</summary>
    public const int Chars = 1_000_000;

    /// <summary>
    /// The most tasks, decisions or facts a joined extract keeps of each, in meeting order. One window gives at most a
    /// few thousand; a 200 MB transcript gave 20,000 tasks and 60,000 decisions, an 18.8 MB note over the 16 MB that
    /// Cairn reads a note up to (RegularFile.NoteLimit), which no one reads either. The summary says what was left out.
    /// </summary>
    public const int MaxItems = 2000;

    /// <summary>The document itself when it fits one window (or has no utterances), else one document per window.</summary>
    public static IReadOnlyList<SourceDocument> Split(SourceDocument document, int chars = Chars)
    {
        var windows = new List<SourceDocument>();
        var start = 0;
        long size = 0;
        for (var i = 0; i < document.Utterances.Count; i++)
        {
            size += document.Utterances[i].Text.Length + document.Utterances[i].Speaker.Length;
            if (size > chars && i > start)
            {
                windows.Add(Window(document, start, i));
                start = i;
                size = document.Utterances[i].Text.Length + document.Utterances[i].Speaker.Length;
            }
        }

        if (windows.Count == 0)
        {
            return [document];
        }

        windows.Add(Window(document, start, document.Utterances.Count));
        return windows;
    }

    /// <summary>
    /// One extract of the windows' extracts, in order. What describes the meeting as a whole (title, type, account,
    /// summary, topics) is the first window's: the opening says what the meeting is. Who took part is everyone any
    /// window found; tasks, decisions and facts are every window's; an entity found in several windows is one.
    /// </summary>
    public static MeetingExtract Join(IReadOnlyList<MeetingExtract> parts)
    {
        var first = parts[0];
        var entities = new List<Entity>();
        foreach (var entity in parts.SelectMany(p => p.Entities))
        {
            var same = entities.FindIndex(e => e.Kind == entity.Kind && e.Name.Equals(entity.Name, StringComparison.OrdinalIgnoreCase));
            if (same < 0)
            {
                entities.Add(entity);
            }
            else
            {
                entities[same] = entities[same] with { Aliases = [.. entities[same].Aliases.Union(entity.Aliases, StringComparer.OrdinalIgnoreCase)] };
            }
        }

        var actions = parts.SelectMany(p => p.ActionItems).ToList();
        var decisions = parts.SelectMany(p => p.Decisions).ToList();
        var facts = parts.SelectMany(p => p.KeyFacts).ToList();
        return first with
        {
            Participants = [.. parts.SelectMany(p => p.Participants).Distinct(StringComparer.Ordinal)],
            Summary = first.Summary + LeftOut(actions.Count, decisions.Count, facts.Count),
            ActionItems = [.. actions.Take(MaxItems)],
            Decisions = [.. decisions.Take(MaxItems)],
            KeyFacts = [.. facts.Take(MaxItems)],
            Entities = entities,
        };
    }

    /// <summary>The sentence that says how many items past <see cref="MaxItems"/> the note leaves out; empty when none.</summary>
    private static string LeftOut(int actions, int decisions, int facts)
    {
        var over = new[] { (actions, "tasks"), (decisions, "decisions"), (facts, "key facts") }
            .Where(c => c.Item1 > MaxItems)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Item1 - MaxItems:N0} more {c.Item2}"))
            .ToList();
        return over.Count == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" This source is very long: the note lists the first {MaxItems:N0} of each; {string.Join(", ", over)} were found further on.");
    }

    private static SourceDocument Window(SourceDocument document, int start, int end)
    {
        var utterances = new Utterance[end - start];
        for (var i = start; i < end; i++)
        {
            utterances[i - start] = document.Utterances[i];
        }

        return document with { Utterances = utterances };
    }
}
