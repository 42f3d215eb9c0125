namespace Cairn.Sources;

/// <summary>
/// The keyed lines at the top of written notes (<c>Attendees: Marcus Lee, Dana Whitfield</c>, <c>Date: …</c>):
/// read into the header as a transcript's are, and taken out of the body so they are never summarized as what was
/// said. Only the top counts: the lines before the first line of content (blank lines and headings pass).
/// </summary>
internal static class NotesHeader
{
    public static (SourceHeader Header, string Body) Split(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n');
        var keyed = new List<string>();
        var kept = new List<string>();
        var top = true;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (top && TranscriptHeaderParser.IsKeyLine(trimmed))
            {
                keyed.Add(trimmed);
                continue;
            }

            top &= trimmed.Length == 0 || trimmed.StartsWith('#');
            kept.Add(line);
        }

        return keyed.Count == 0 ? (SourceHeader.Empty, body) : (TranscriptHeaderParser.Parse(keyed), string.Join('\n', kept));
    }
}
