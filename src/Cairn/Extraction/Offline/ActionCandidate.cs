namespace Cairn.Extraction.Offline;

/// <summary>
/// A sentence that commits someone: the clause after the trigger, and the name it gives, if any. A second name
/// ("Chen and I will…", "Action items for Raj and me:") gives a task of its own to each. A candidate that
/// <paramref name="NeedsOwner"/> (a bare imperative) is no task unless someone is named or takes it on; a
/// <paramref name="Generic"/> one ("you have to push it hard") none unless it ends with an owner or a when; an
/// <paramref name="Offered"/> one ("I can put that in writing") none unless the next speaker takes it up.
/// </summary>
internal sealed record ActionCandidate(CommitmentKind Kind, string Clause, Sentence Sentence, string? NamedOwner = null, string? CoOwner = null, bool NeedsOwner = false, bool Generic = false, bool Offered = false);
