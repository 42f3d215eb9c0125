namespace Cairn.Notes;

/// <summary>
/// A meeting note's decision line with who made it: "We decided to run a four-week pilot. — Hannah Okafor". The
/// decider is the attendee whose words the decision came from (the speaker, an email's sender; the planner names
/// it); a decision from a source without speakers has none. Read back only when the name after the dash is one of
/// the meeting's attendees, so a dash in the decision itself is never taken for a name.
/// </summary>
public static class DecisionLine
{
    private const string Separator = " — ";

    public static string Format(string text, string? by) => by is { Length: > 0 } ? text.TrimEnd() + Separator + by : text;

    /// <summary>A decision line split into the decision and the attendee it names as its maker (null when none).</summary>
    public static (string Text, string? By) Read(string line, IReadOnlyList<string> participants)
    {
        var at = line.LastIndexOf(Separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return (line, null);
        }

        var name = line[(at + Separator.Length)..].Trim();
        var by = participants.FirstOrDefault(p => string.Equals(p.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return by is null ? (line, null) : (line[..at], by);
    }
}
