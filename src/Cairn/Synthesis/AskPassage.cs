namespace Cairn.Synthesis;

/// <summary>
/// A piece of the vault an answer can cite: the file it is in (a note, or the archived source a meeting was made
/// from) and the line, the meeting it belongs to, who said it and when (for a transcript), the words themselves
/// (<see cref="Quote"/>, found verbatim at that line) and the words around them (<see cref="Context"/>), the
/// note's section, and how well it matches the question (higher is better).
/// </summary>
public sealed record AskPassage(
    string Path,
    int? Line,
    string NotePath,
    string Title,
    string? Date,
    string? Speaker,
    string? Time,
    string? Section,
    string Quote,
    string Context,
    double Score)
{
    /// <summary>The passage is read from an archived source rather than from a note.</summary>
    public bool FromSource => !string.Equals(Path, NotePath, StringComparison.Ordinal);
}
