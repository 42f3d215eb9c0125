namespace Cairn.Sources;

/// <summary>The parts of an email a reader separates: envelope, the new text, and what it quotes.</summary>
public sealed record EmailParts(
    Participant From,
    IReadOnlyList<Participant> To,
    IReadOnlyList<Participant> Cc,
    string Subject,
    string NewText,
    string? QuotedText,
    string? Signature);
