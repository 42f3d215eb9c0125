namespace Cairn.Notes;

/// <summary>One physical line of a note: its text and the exact ending that followed it ("\n", "\r\n", "\r" or "").</summary>
internal readonly record struct NoteLine(string Text, string Ending)
{
    /// <summary>Splits text into lines, keeping every ending so that joining them gives the text back.</summary>
    public static List<NoteLine> Split(string text)
    {
        // Counting the breaks first is cheap (vectorised) and spares the list's regrowth; CRLF counts twice, which only over-reserves.
        var lines = new List<NoteLine>(text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (end < 0)
            {
                lines.Add(new NoteLine(text[start..], string.Empty));
                break;
            }

            end += start;
            var ending = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? "\r\n"
                : text[end] == '\r' ? "\r" : "\n";
            lines.Add(new NoteLine(text[start..end], ending));
            start = end + ending.Length;
        }

        // A text that ends with a line ending has no further (empty) line: drop the sentinel.
        if (lines.Count > 1 && lines[^1].Text.Length == 0 && lines[^1].Ending.Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
