using System.Text.Json;
using System.Text.Json.Serialization;
using Cairn.Sources;

namespace Cairn.Bench.Extraction;

/// <summary>One file of tests/data/real-meetings: turns, the human summary, and (AMI) actions and decisions with their supporting utterances.</summary>
internal sealed record RealMeeting(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("turns")] IReadOnlyList<RealTurn> Turns,
    [property: JsonPropertyName("reference_summary")] string ReferenceSummary,
    [property: JsonPropertyName("reference_actions")] IReadOnlyList<string>? Actions,
    [property: JsonPropertyName("reference_action_owner_roles")] IReadOnlyList<IReadOnlyList<string>>? ActionOwners,
    [property: JsonPropertyName("reference_action_evidence")] IReadOnlyList<IReadOnlyList<RealTurn>>? ActionEvidence,
    [property: JsonPropertyName("reference_decision_evidence")] IReadOnlyList<IReadOnlyList<RealTurn>>? DecisionEvidence)
{
    public static RealMeeting Load(string path) =>
        JsonSerializer.Deserialize<RealMeeting>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty");

    public SourceDocument ToDocument()
    {
        var utterances = Turns.Select(t => new Utterance(t.Speaker, t.Start is { } s ? TimeSpan.FromSeconds(s) : null, t.Text)).ToList();
        var participants = Turns.Select(t => t.Speaker).Distinct().Select(s => new Participant(s)).ToList();
        DateOnly? date = DateOnly.TryParse(Date, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        return new SourceDocument(Id + ".json", "json", SourceKind.Transcript, Id, date, participants, utterances);
    }

    /// <summary>
    /// The meeting as automatic captions give it (Zoom's, Teams' or Otter's live transcript): lower case, no sentence
    /// punctuation, and one speaker's consecutive utterances joined into one turn, as the caption readers join cues.
    /// </summary>
    public SourceDocument ToCaptionDocument()
    {
        var turns = new List<Utterance>();
        foreach (var t in Turns)
        {
            var text = Unpunctuated(t.Text);
            if (turns.Count > 0 && turns[^1].Speaker == t.Speaker)
            {
                turns[^1] = turns[^1] with { Text = turns[^1].Text + " " + text };
            }
            else
            {
                turns.Add(new Utterance(t.Speaker, t.Start is { } s ? TimeSpan.FromSeconds(s) : null, text));
            }
        }

        var document = ToDocument();
        return document with { Utterances = turns };
    }

    private static string Unpunctuated(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '?', '!', ';', ':', '"')).Where(w => w.Length > 0));
}

internal sealed record RealTurn(
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] double? Start = null);
