using System.Text.Json;
using Cairn.Index;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

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
        if (meetings.Count == 0)
        {
            return [];
        }

        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT n.id, i.value ->> 0, i.value ->> 2 FROM index_notes n, json_each(n.items) i
            WHERE n.id IN (SELECT value FROM json_each($ids)) AND i.value ->> 0 IN (SELECT value FROM json_each($sections))
            ORDER BY n.id, i.value ->> 1
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(meetings.Select(m => m.NoteId)));
        command.Parameters.AddWithValue("$sections", JsonSerializer.Serialize(sections));
        var byNote = new Dictionary<long, List<(string Section, string Text)>>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!byNote.TryGetValue(id, out var list))
                {
                    byNote[id] = list = [];
                }

                list.Add((reader.GetString(1), reader.GetString(2)));
            }
        }

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
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (meetings.Count == 0)
        {
            return result;
        }

        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT m.path, trim(p.value) FROM index_notes m, json_each(m.frontmatter, '$.participants') p
            WHERE m.id IN (SELECT value FROM json_each($ids)) AND trim(p.value) <> ''
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(meetings.Select(m => m.NoteId)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = reader.GetString(0);
            result[path] = [.. result.GetValueOrDefault(path) ?? [], Text(reader, 1)];
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

    private static string Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? string.Empty : reader.GetString(i);
}
