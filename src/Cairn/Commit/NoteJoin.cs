using Cairn.Notes;

namespace Cairn.Commit;

/// <summary>
/// Joins Cairn's text for an entity note into the note as the person keeps it (a hand-written
/// <c>People/Priya Raman.md</c> adopted on the first run, or one edited since): the frontmatter gains the keys it
/// lacks (list keys such as <c>tags</c> gain the missing items; a value Cairn wrote last time takes Cairn's new
/// one), each section gains the lines Cairn writes that it lacks, in Cairn's order, and loses the lines Cairn
/// wrote last time and no longer does; a section it lacks is added at the end. Every line the person wrote stays, a
/// line they deleted stays deleted, and only a line both changed is offered in a callout: an entity note's sections
/// are lists, so a line is either there or not, wherever the person moved it.
/// </summary>
public static class NoteJoin
{
    /// <summary>Whether Cairn's text is an entity note's (People, Companies, Projects), the notes joined rather than offered in callouts.</summary>
    public static bool Applies(string ours) => NoteTypes.IsEntity(NoteDocument.Parse(ours).Frontmatter.GetString(NoteProperties.Type));

    /// <summary>The joined text and its callouts, or null when the person's frontmatter cannot be edited (JSON, or no closing fence).</summary>
    public static MergeResult? Join(string theirs, string ours, string? @base)
    {
        var note = NoteDocument.Parse(theirs.Replace("\r\n", "\n", StringComparison.Ordinal));
        var generated = NoteDocument.Parse(ours);
        var previous = @base is null ? null : NoteDocument.Parse(@base);
        if (note.Frontmatter.IsJson || note.Frontmatter.IsUnclosed)
        {
            return null;
        }

        JoinFrontmatter(note, generated.Frontmatter, previous?.Frontmatter);
        var suggestions = 0;
        foreach (var section in generated.Sections.Where(s => s.Level > 1))
        {
            var old = previous is null ? null : previous.FindSection(section.Heading.Text) is { } o ? Content(previous, o) : [];
            suggestions += JoinSection(note, section.Heading.Text, generated.Lines[section.StartLine - 1], Content(generated, section), old);
        }

        var text = note.ToString();
        return new MergeResult(text.EndsWith('\n') ? text : text + "\n", suggestions);
    }

    private static void JoinFrontmatter(NoteDocument note, Frontmatter ours, Frontmatter? @base)
    {
        foreach (var key in ours.Keys.ToList())
        {
            var theirs = note.Frontmatter;
            var list = ours.GetNode(key) is YamlDotNet.RepresentationModel.YamlSequenceNode;
            if (!theirs.ContainsKey(key))
            {
                if (list)
                {
                    theirs.SetList(key, ours.GetList(key));
                }
                else
                {
                    theirs.Set(key, ours.GetString(key) ?? string.Empty);
                }
            }
            else if (list)
            {
                var have = theirs.GetList(key);
                var missing = ours.GetList(key).Where(v => !have.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();
                if (missing.Count > 0)
                {
                    theirs.SetList(key, [.. have, .. missing]);
                }
            }
            else if (@base is not null && theirs.GetString(key) == @base.GetString(key) && ours.GetString(key) is { } value && value != theirs.GetString(key))
            {
                theirs.Set(key, value);
            }
        }
    }

    /// <summary>
    /// One section. Without a base (a note Cairn never wrote) every line Cairn writes that the section lacks is added;
    /// with one, only the lines new since the base (a line Cairn wrote before and the person deleted stays deleted).
    /// Where the person changed a line Cairn now changes too, Cairn's line is offered below the section in a callout.
    /// A section the note lacks is added with the heading line as Cairn rendered it.
    /// </summary>
    private static int JoinSection(NoteDocument note, string heading, string headingLine, List<string> ours, List<string>? @base)
    {
        if (note.FindSection(heading) is not { } section)
        {
            var end = note.Lines.Count;
            var tail = note.Lines.Count > 0 && note.Lines[^1].Length == 0 ? [] : new List<string> { string.Empty };
            note.InsertLines(end + 1, ours.Count == 0 ? [.. tail, headingLine] : [.. tail, headingLine, string.Empty, .. ours]);
            return 0;
        }

        var theirs = Content(note, section);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; @base is not null && i < @base.Count; i++)
        {
            // A line Cairn wrote and no longer writes: gone where the person left it as it was; where they changed it
            // and Cairn changes it too (the line Cairn now writes in its place), a real conflict.
            if (@base[i].Length == 0 || ours.Contains(@base[i]))
            {
                continue;
            }

            if (Find(note, note.FindSection(heading)!, @base[i]) is var at and > 0)
            {
                note.RemoveLines(at, 1);
            }
            else if (i < ours.Count && !@base.Contains(ours[i]) && !theirs.Contains(ours[i]))
            {
                conflicts.Add(ours[i]);
            }
        }

        var after = 0;
        foreach (var line in ours.Where(l => l.Length > 0 && !conflicts.Contains(l)))
        {
            var current = note.FindSection(heading)!;
            if (Find(note, current, line) is var at and > 0)
            {
                after = at;
                continue;
            }

            if (@base?.Contains(line) == true)
            {
                continue;
            }

            // After the last of Cairn's lines already there, else at the top of the section (below the heading and its blank line).
            var insert = after > 0 ? after + 1 : current.StartLine + 1 + (current.StartLine < note.Lines.Count && note.Lines[current.StartLine].Length == 0 ? 1 : 0);
            note.InsertLines(insert, [line]);
            after = insert;
        }

        if (conflicts.Count > 0)
        {
            var current = note.FindSection(heading)!;
            var last = current.EndLine;
            while (last > current.StartLine && note.Lines[last - 1].Length == 0)
            {
                last--;
            }

            note.InsertLines(last + 1, ["", ThreeWayMerge.CalloutHeader, .. ours.Where(conflicts.Contains).Select(l => "> " + l), ""]);
        }

        return conflicts.Count > 0 ? 1 : 0;
    }

    /// <summary>A section's lines below its heading, without the blank lines at either end.</summary>
    private static List<string> Content(NoteDocument note, Section section)
    {
        var lines = note.Lines.Skip(section.StartLine).Take(section.EndLine - section.StartLine).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines;
    }

    private static int Find(NoteDocument note, Section section, string line)
    {
        for (var n = section.StartLine + 1; n <= section.EndLine; n++)
        {
            if (note.Lines[n - 1] == line)
            {
                return n;
            }
        }

        return 0;
    }
}
