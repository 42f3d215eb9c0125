using Cairn.Index;
using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// What the daily views read across several meetings at once: their section items and their attendees, in the
/// order of the meetings given (newest first), and the same line said twice counted once.
/// </summary>
public static class MeetingItems
{
    /// <summary>The items of the given sections of these meetings: meeting by meeting as given, lines in order.</summary>
    public static IReadOnlyList<MeetingItem> Of(VaultIndex index, IReadOnlyList<MeetingRef> meetings, params string[] sections)
    {
        var byNote = NoteReads.Items(index, [.. meetings.Select(m => m.NoteId)], sections);
        return [.. meetings.SelectMany(m => byNote.TryGetValue(m.NoteId, out var list) ? list.Select(i => new MeetingItem(i.Section, i.Text, m.Path, m.Date)) : [])];
    }

    /// <summary>
    /// A line of an entity note's own sections. Cairn writes them with the meeting they came from after them,
    /// <c>Text ([[meeting|2025-11-10]])</c>: that link becomes the item's date, so the line compares equal to the
    /// same line read from the meeting itself and is shown once.
    /// </summary>
    public static MeetingItem FromEntityNote(NoteItem item, string entityPath)
    {
        var text = item.Text.TrimEnd();
        if (Wikilink.FindAll(text).LastOrDefault() is not { } link || !text.EndsWith($"({link.Original})", StringComparison.Ordinal))
        {
            return new MeetingItem(item.Section, item.Text, entityPath, null);
        }

        var date = link.Alias is { } alias && DateOnly.TryParseExact(alias, "yyyy-MM-dd", out _) ? alias : null;
        return new MeetingItem(item.Section, text[..^(link.Original.Length + 2)].TrimEnd(), entityPath, date);
    }

    /// <summary>Each meeting's <c>participants</c>, by meeting path.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Participants(VaultIndex index, IReadOnlyList<MeetingRef> meetings)
    {
        var byNote = NoteReads.Participants(index, [.. meetings.Select(m => m.NoteId)]);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            if (byNote.TryGetValue(meeting.NoteId, out var names))
            {
                result[meeting.Path] = names;
            }
        }

        return result;
    }

    /// <summary>The first occurrence of each line (case, spacing and a final full stop ignored), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<MeetingItem> Distinct(IEnumerable<MeetingItem> items, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. items.Where(i => seen.Add(Key(i.Text))).Take(limit)];
    }

    /// <summary>How a line is compared with another: lower case, single spaces, no final punctuation.</summary>
    public static string Key(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ';', ' ').ToLowerInvariant();

    /// <summary>The line is a question: it ends with a question mark.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    /// <summary>The sentences of a summary that are questions.</summary>
    public static IEnumerable<string> Questions(string? summary)
    {
        if (summary is null)
        {
            yield break;
        }

        var start = 0;
        for (var i = 0; i < summary.Length; i++)
        {
            if (summary[i] is '.' or '!' or '?' && (i + 1 == summary.Length || summary[i + 1] == ' '))
            {
                var sentence = summary[start..(i + 1)].Trim();
                if (summary[i] == '?' && sentence.Length > 1)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }
    }
}
