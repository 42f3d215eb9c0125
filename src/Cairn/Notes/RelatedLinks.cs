namespace Cairn.Notes;

/// <summary>
/// Adds <c>- [[target]]</c> to a note's <c>## Related</c> section as a line edit: the rest of the note keeps every
/// byte. A note that already links the target anywhere is left alone; a note without the section gets one at its end.
/// </summary>
public static class RelatedLinks
{
    /// <summary>True when the note changed.</summary>
    public static bool Add(NoteDocument note, string target)
    {
        var key = Wikilink.Key(target);
        if (note.Links.Any(l => Wikilink.Key(l.Target) == key))
        {
            return false;
        }

        var line = "- " + Wikilink.Format(target);
        if (note.FindSection(NoteSections.Related) is { } section)
        {
            var last = section.StartLine;
            for (var i = section.StartLine + 1; i <= section.EndLine; i++)
            {
                if (note.Lines[i - 1].Trim().Length > 0)
                {
                    last = i;
                }
            }

            note.InsertLines(last + 1, last == section.StartLine ? [string.Empty, line] : [line]);
            return true;
        }

        var end = note.Lines.Count;
        note.InsertLines(end + 1, end > 0 && note.Lines[end - 1].Trim().Length == 0 ? [$"## {NoteSections.Related}", string.Empty, line] : [string.Empty, $"## {NoteSections.Related}", string.Empty, line]);
        return true;
    }
}
