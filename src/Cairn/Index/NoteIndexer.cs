using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cairn.Notes;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Index;

/// <summary>Reads one note's bytes into what the index stores. Pure; any bytes make a note.</summary>
internal static class NoteIndexer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? jsonBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? jsonWriter;

    public static IndexedNote Index(string path, NoteStamp stamp, byte[] bytes, VaultLayout layout)
    {
        var document = NoteDocument.Parse(Utf8.GetString(bytes));
        var frontmatter = document.Frontmatter;
        var type = frontmatter.GetString(NoteProperties.Type)?.Trim();
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var title = frontmatter.GetString(NoteProperties.Title)?.Trim() is { Length: > 0 } t ? t : document.Headings.FirstOrDefault(h => h.Level == 1)?.Text ?? stem;
        var entityKind = EntityKind(path, type, layout);
        var kind = entityKind is not null ? NoteKind.Entity : IsMeeting(path, document, layout) ? NoteKind.Meeting : NoteKind.Other;
        var entity = entityKind is null ? null : Entity(stem, entityKind, frontmatter);
        var account = NoteProperties.AccountOf(document);
        var accountKey = account?.ToLowerInvariant();
        return new IndexedNote(
            path, stamp, ContentHash.Of(bytes), kind, type, title,
            DateText(frontmatter.GetString(NoteProperties.Date)) ?? DateText(stem.Length >= 10 ? stem[..10] : null),
            account, accountKey, FrontmatterJson(frontmatter), Summary(document),
            Body(document), LinkKeys(document.Links), ParticipantKeys(frontmatter), Tasks(document), entity, ItemsJson(document),
            kind == NoteKind.Meeting ? frontmatter.GetString(NoteProperties.SourceRef)?.Trim() : null);
    }

    private static string? EntityKind(string path, string? type, VaultLayout layout)
    {
        return NoteTypes.EntityKindOf(type) ?? (Under(path, layout.People) ? "person" : Under(path, layout.Companies) ? "company" : Under(path, layout.Projects) ? "project" : null);
    }

    private static bool IsMeeting(string path, NoteDocument document, VaultLayout layout) =>
        Under(path, layout.Meetings) || document.Frontmatter.ContainsKey(NoteProperties.Participants) || document.Frontmatter.ContainsKey(NoteProperties.SourceRef);

    private static bool Under(string path, string folder) =>
        path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.OrdinalIgnoreCase);

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? DateText(string? value) =>
        value is not null && IsoDate.TryParse(value.AsSpan().Trim(), out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static IndexedEntity Entity(string name, string kind, Frontmatter frontmatter)
    {
        var aliases = frontmatter.GetList(NoteProperties.Aliases).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new IndexedEntity(name, name.ToLowerInvariant(), kind, DateText(frontmatter.GetString(NoteProperties.LastContact)), aliases);
    }

    private static List<string> LinkKeys(IReadOnlyList<Wikilink> links)
    {
        var keys = new List<string>(links.Count);
        foreach (var link in links)
        {
            var key = Wikilink.Key(link.Target);
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The note's <c>participants</c> (a list, or one name), trimmed and lower-cased, each once: who took part in a meeting.</summary>
    private static List<string> ParticipantKeys(Frontmatter frontmatter)
    {
        var keys = new List<string>();
        foreach (var name in frontmatter.GetList(NoteProperties.Participants))
        {
            var key = NoteProperties.LinkedName(name).ToLowerInvariant();
            if (key.Length > 0 && !keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static byte[] FrontmatterJson(Frontmatter frontmatter)
    {
        var json = StartJson();
        json.WriteStartObject();
        foreach (var key in frontmatter.Keys)
        {
            if (frontmatter.GetString(key) is { } scalar)
            {
                json.WriteString(key, scalar);
                continue;
            }

            json.WriteStartArray(key);
            foreach (var item in frontmatter.GetList(key))
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        return EndJson(json);
    }

    /// <summary>
    /// A writer and its buffer per note cost more than the JSON itself; the build indexes on several threads, so
    /// each thread reuses its own.
    /// </summary>
    private static Utf8JsonWriter StartJson()
    {
        var buffer = jsonBuffer ??= new ArrayBufferWriter<byte>();
        var json = jsonWriter ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        return json;
    }

    private static byte[] EndJson(Utf8JsonWriter json)
    {
        json.Flush();
        return jsonBuffer!.WrittenSpan.ToArray();
    }

    private static string? Summary(NoteDocument document)
    {
        if (document.FindSection(NoteSections.Summary) is not { } section)
        {
            return null;
        }

        var text = string.Join(' ', SectionLines(document, section).Select(l => l.Text));
        return text.Length == 0 ? null : text.Length > 500 ? text[..497].TrimEnd() + "..." : text;
    }

    /// <summary>The text the full-text index read from a note's bytes (see <see cref="Body(NoteDocument)"/>).</summary>
    public static string BodyText(byte[] bytes) => Utf8.GetString(Body(NoteDocument.Parse(Utf8.GetString(bytes))));

    /// <summary>The lines after the frontmatter, each ending in "\n", as UTF-8: what the full-text index reads. Encoded straight into an array of its final size.</summary>
    private static byte[] Body(NoteDocument document)
    {
        var start = document.Frontmatter.CloseLine;
        var lines = document.Lines;
        var length = 0;
        for (var i = start; i < lines.Count; i++)
        {
            length += Utf8.GetByteCount(lines[i]) + 1;
        }

        var bytes = new byte[length];
        var at = 0;
        for (var i = start; i < lines.Count; i++)
        {
            at += Utf8.GetBytes(lines[i], bytes.AsSpan(at));
            bytes[at++] = (byte)'\n';
        }

        return bytes;
    }

    /// <summary>
    /// Each task with the heading of the innermost section holding it and the link targets on its line. Tasks, links
    /// and sections all come in line order, so one walk over each serves every task.
    /// </summary>
    private static List<IndexedTask> Tasks(NoteDocument document)
    {
        var tasks = new List<IndexedTask>(document.Tasks.Count);
        var sections = document.Sections;
        var links = document.Links;
        var nextSection = 0;
        var nextLink = 0;
        foreach (var task in document.Tasks)
        {
            while (nextSection < sections.Count && sections[nextSection].StartLine <= task.Line)
            {
                nextSection++;
            }

            while (nextLink < links.Count && links[nextLink].Line < task.Line)
            {
                nextLink++;
            }

            var onLine = new List<string>(2);
            while (nextLink < links.Count && links[nextLink].Line == task.Line)
            {
                onLine.Add(links[nextLink++].Target);
            }

            tasks.Add(new IndexedTask(
                task.Line, task.Raw, task.IsOpen, task.Owner?.ToLowerInvariant(), (int)task.Priority, DateText(task.Due),
                InnermostSection(sections, nextSection, task.Line), string.Join('\n', onLine)));
        }

        return tasks;
    }

    /// <summary>The heading of the last section starting before <paramref name="before"/> that still holds <paramref name="line"/>.</summary>
    private static string? InnermostSection(IReadOnlyList<Section> sections, int before, int line)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (sections[i].EndLine >= line)
            {
                return sections[i].Heading.Text;
            }
        }

        return null;
    }

    /// <summary>The lines of the sections the daily views read, as a JSON array of <c>[section, line, text]</c>; null when there are none.</summary>
    private static byte[]? ItemsJson(NoteDocument document)
    {
        Utf8JsonWriter? json = null;
        foreach (var section in document.Sections)
        {
            if (!NoteSections.Items.Contains(section.Heading.Text))
            {
                continue;
            }

            foreach (var (line, text) in SectionLines(document, section))
            {
                if (json is null)
                {
                    json = StartJson();
                    json.WriteStartArray();
                }

                json.WriteStartArray();
                json.WriteStringValue(section.Heading.Text);
                json.WriteNumberValue(line);
                json.WriteStringValue(text);
                json.WriteEndArray();
            }
        }

        if (json is null)
        {
            return null;
        }

        json.WriteEndArray();
        return EndJson(json);
    }

    /// <summary>The non-empty text lines of a section up to its first sub-heading or thematic break, with list bullets and the decision mark stripped.</summary>
    internal static IEnumerable<(int Line, string Text)> SectionLines(NoteDocument document, Section section)
    {
        for (var line = section.StartLine + 1; line <= section.EndLine; line++)
        {
            var text = document.Lines[line - 1].Trim();
            // A sub-heading or a thematic break ends the section's items: Cairn's meeting notes put the Source line after one.
            if (text.StartsWith('#') || text is "---" or "***" or "___")
            {
                yield break;
            }

            if (text.Length == 0 || text.StartsWith("<!--", StringComparison.Ordinal) || text.StartsWith("- [", StringComparison.Ordinal))
            {
                continue;
            }

            text = text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal) ? text[2..].Trim() : text;
            text = DecisionMark.Strip(text);
            if (text.Length > 0)
            {
                yield return (line, text);
            }
        }
    }
}
