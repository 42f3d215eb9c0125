using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Cairn.Extraction.Llm;

/// <summary>
/// The JSON a model answers with: <see cref="MeetingExtract"/>'s own fields, each item with the words it came
/// from. The schema sent to the model is generated from these types, so the two cannot drift apart. Nothing
/// here is trusted: <see cref="Grounding"/> checks every item against the source.
/// </summary>
public sealed record LlmReply(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("meeting_type"), Description("customer | partner | internal | one-on-one")] string? MeetingType,
    [property: JsonPropertyName("account"), Description("the external company the meeting is with, or null")] string? Account,
    [property: JsonPropertyName("summary"), Description("2-4 sentences")] string? Summary,
    [property: JsonPropertyName("action_items")] IReadOnlyList<LlmActionItem>? ActionItems,
    [property: JsonPropertyName("decisions")] IReadOnlyList<LlmQuoted>? Decisions,
    [property: JsonPropertyName("facts")] IReadOnlyList<LlmQuoted>? Facts,
    [property: JsonPropertyName("people")] IReadOnlyList<LlmPersonFact>? People,
    [property: JsonPropertyName("entities")] IReadOnlyList<LlmEntity>? Entities,
    [property: JsonPropertyName("topics")] IReadOnlyList<string>? Topics);

/// <summary>A commitment as the model states it.</summary>
public sealed record LlmActionItem(
    [property: JsonPropertyName("text"), Description("imperative, e.g. Send the pricing sheet to Dana")] string? Text,
    [property: JsonPropertyName("owner"), Description("full name of who committed, or null")] string? Owner,
    [property: JsonPropertyName("due"), Description("the transcript's own words for the deadline, or null")] string? Due,
    [property: JsonPropertyName("priority"), Description("high | medium | low | none")] string? Priority,
    [property: JsonPropertyName("quote"), Description("exact words from the transcript, at most 25")] string? Quote);

/// <summary>A decision or a fact, with the words it came from.</summary>
public sealed record LlmQuoted(
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("quote"), Description("exact words from the transcript, at most 25")] string? Quote);

/// <summary>
/// One thing the source states a person is or does, in the third person after their name ("is the CFO at Acme",
/// "owns the budget", "email is dana@acme.example"), with the words that state it. One free statement, not a field
/// per kind: every schema token is sent with every request, and <see cref="Grounding"/> reads the kind from it.
/// </summary>
public sealed record LlmPersonFact(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("says")] string? Says,
    [property: JsonPropertyName("quote")] string? Quote);

/// <summary>A person, company, project or product the source talks about.</summary>
public sealed record LlmEntity(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("kind"), Description("person | company | project | product")] string? Kind,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases);
