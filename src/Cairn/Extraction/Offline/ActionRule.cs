using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// One way a sentence commits someone: the pattern made from its trigger phrases, the prefilter made from the
/// same phrases, and what a match gives (the kind that decides the owner, a verb put before the clause).
/// </summary>
/// <param name="Fallback">Tried only when no other rule found a task in the sentence.</param>
/// <param name="Holds">A further condition on the sentence (as said, and cleaned) and the match ("if you're going to…" is a condition).</param>
/// <param name="NeedsOwner">No task unless the words or the reply give it an owner (a bare imperative).</param>
/// <param name="Generic">Said of anyone unless it ends with an owner or a when ("you have to push it hard").</param>
/// <param name="Offered">An offer: a task only when the next speaker takes it up ("I can put that in writing." / "Please do.").</param>
internal sealed record ActionRule(
    string Name,
    CommitmentKind Kind,
    TriggerPhrases Triggers,
    Regex Pattern,
    string Verb = "",
    bool Fallback = false,
    Func<Sentence, string, Match, bool>? Holds = null,
    bool NeedsOwner = false,
    bool Generic = false,
    bool Offered = false);
