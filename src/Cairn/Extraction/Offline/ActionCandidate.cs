namespace Cairn.Extraction.Offline;

/// <summary>A sentence that commits someone: the clause after the trigger, and the name it gives, if any.</summary>
internal sealed record ActionCandidate(CommitmentKind Kind, string Clause, Sentence Sentence, string? NamedOwner = null);
