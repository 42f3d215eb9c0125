namespace Cairn.Notes;

/// <summary>
/// A heading and the lines it governs: from the heading line to the line before the next heading of the
/// same or a higher level (or the end of the note). Lines are 1-based and inclusive.
/// </summary>
public sealed record Section(Heading Heading, int StartLine, int EndLine)
{
    public int Level => Heading.Level;
}
