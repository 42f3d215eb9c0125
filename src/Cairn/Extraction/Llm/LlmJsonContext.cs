using System.Text.Json.Serialization;

namespace Cairn.Extraction.Llm;

/// <summary>Source-generated JSON for the model's reply and the cache (no reflection, so it survives trimming).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LlmReply))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class LlmJsonContext : JsonSerializerContext;
