using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>Builds small sources in memory and runs the offline extractor on them.</summary>
internal static class Docs
{
    public static readonly DateOnly Date = new(2025, 11, 12); // a Wednesday

    public static SourceDocument Transcript(params (string Speaker, string Text)[] turns) =>
        new("t.txt", "txt", SourceKind.Transcript, "Sync", Date,
            turns.Select(t => t.Speaker).Distinct().Select(s => new Participant(s)).ToList(),
            turns.Select((t, i) => new Utterance(t.Speaker, TimeSpan.FromSeconds(i * 10), t.Text)).ToList());

    public static SourceDocument Titled(string title, params (string Speaker, string Text)[] turns) => Transcript(turns) with { Title = title };

    public static SourceDocument Email(string from, string[] to, string text, string[]? cc = null)
    {
        Participant P(string s) => new(s, s.ToLowerInvariant().Replace(' ', '.') + (s.StartsWith("Jason", StringComparison.Ordinal) ? "@example.com" : "@contoso.example"));
        var email = new EmailParts(P(from), to.Select(P).ToList(), (cc ?? []).Select(P).ToList(), "Re: plan", text, null, null);
        return new SourceDocument("m.eml", "eml", SourceKind.Email, "Re: plan", Date, [], [], text, email);
    }

    public static MeetingExtract Extract(SourceDocument document, string owner = "Jason Vallery", params KnownEntity[] known) =>
        new HeuristicExtractor().Extract(document, new ExtractionContext(owner, known));
}
