namespace Cairn.Extraction;

public sealed record KeyFact(string Text, Evidence Evidence)
{
    /// <summary>The person the fact is about (a role, an email address, what they own), by full name; null for the meeting's own facts.</summary>
    public string? About { get; init; }
}
