using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cairn.Bench.Extraction.Scoring;

/// <summary>The hand-labelled expectations of a corpus folder (the shape of tests/data/samples/expected.json).</summary>
internal sealed record ExpectedLabels(
    [property: JsonPropertyName("vault_owner")] string VaultOwner,
    [property: JsonPropertyName("items")] IReadOnlyList<ExpectedSource> Items)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ExpectedLabels Load(string path) =>
        JsonSerializer.Deserialize<ExpectedLabels>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: empty labels");
}

internal sealed record ExpectedSource(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("account")] string? Account,
    [property: JsonPropertyName("participants")] IReadOnlyList<string>? Participants,
    [property: JsonPropertyName("actions")] IReadOnlyList<ExpectedItem>? Actions,
    [property: JsonPropertyName("decisions")] IReadOnlyList<ExpectedItem>? Decisions,
    [property: JsonPropertyName("facts")] IReadOnlyList<ExpectedItem>? Facts,
    [property: JsonPropertyName("entities")] IReadOnlyList<string>? Entities);

internal sealed record ExpectedItem(
    [property: JsonPropertyName("any")] IReadOnlyList<string> Any,
    [property: JsonPropertyName("owner")] string? Owner = null,
    [property: JsonPropertyName("due")] string? Due = null);
