using System.Text.Json.Serialization;

namespace Cairn.Extraction.Llm;

/// <summary>Source-generated JSON for the model's reply, the cache and the text sent as data in a prompt (no reflection, so it survives trimming).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LlmReply))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class LlmJsonContext : JsonSerializerContext;
