using Microsoft.ML.Tokenizers;

namespace Cairn.Extraction.Llm;

/// <summary>
/// Counts tokens the way current OpenAI models do (o200k_base). Other models' tokenizers differ by a few percent,
/// which the split budget leaves room for; the count is for budgeting and reporting, never for billing.
/// </summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static int Count(string text) => text.Length == 0 ? 0 : Tokenizer.Value.CountTokens(text);
}
