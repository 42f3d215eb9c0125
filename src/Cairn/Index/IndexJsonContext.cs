using System.Text.Json.Serialization;

namespace Cairn.Index;

/// <summary>Source-generated JSON for <see cref="JsonList"/> (no reflection, so it survives trimming and a native build).</summary>
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(IEnumerable<long>))]
internal sealed partial class IndexJsonContext : JsonSerializerContext;
