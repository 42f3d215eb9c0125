using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// The answer <c>cairn ask</c> prints: its text (each <c>[n]</c> a number of <see cref="AskResult.Passages"/>), the
/// model that wrote it (null offline), the sources it cites, and the tokens the model was sent.
/// </summary>
public sealed record AskAnswer(AskResult Result, string Text, string? Model, IReadOnlyList<AskCitation> Sources, long? InputTokens = null)
{
    /// <summary>The answer without a model: the structured result or best passage, and every passage found as its sources.</summary>
    public static AskAnswer Offline(AskResult result) =>
        new(result, result.Answer, null, [.. result.Passages.Select((p, i) => new AskCitation(i + 1, p))]);
}
