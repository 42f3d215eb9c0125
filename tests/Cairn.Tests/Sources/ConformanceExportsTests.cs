using System.Globalization;
using System.Text.Json;
using Cairn.Sources;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Sources;

/// <summary>Every real export layout in tests/data/conformance/exports reads as its manifest says.</summary>
public sealed class ConformanceExportsTests
{
    private static readonly string[] CountKeys = ["cues", "entries", "turns", "lines", "sentences", "blocks", "messages"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var property in Manifest().EnumerateObject().Where(p => !p.Name.StartsWith('_')))
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_as_the_manifest_says(string file)
    {
        var expected = Manifest().GetProperty(file);
        var result = SourceReader.ReadFile(TestDataFolder.Path("conformance", "exports", file));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var doc = result.Document!;
        if (expected.TryGetProperty("participants", out var participants))
        {
            Assert.Equal(Names(participants), doc.Participants.Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        if (expected.TryGetProperty("participants_in_frontmatter", out var listed))
        {
            Assert.Equal(listed.EnumerateArray().Select(e => e.GetString()!), doc.Participants.Select(p => p.Name));
        }

        if (expected.TryGetProperty("speaker_labels", out var labels))
        {
            Assert.Equal(Names(labels), doc.Utterances.Select(u => u.Speaker).Distinct().Order(StringComparer.Ordinal));
        }

        if (expected.TryGetProperty("first_speaker", out var first))
        {
            Assert.Equal(first.GetString(), doc.Utterances[0].Speaker);
        }

        foreach (var key in CountKeys.Where(k => expected.TryGetProperty(k, out _)))
        {
            Assert.Equal(expected.GetProperty(key).GetInt32().ToString(CultureInfo.InvariantCulture), doc.Metadata!["segments"]);
        }

        if (expected.TryGetProperty("utterances", out var utterances))
        {
            Assert.Equal(utterances.GetInt32(), doc.Utterances.Count);
        }

        if (expected.TryGetProperty("date", out var date))
        {
            Assert.Equal(DateOnly.Parse(date.GetString()!, CultureInfo.InvariantCulture), doc.Date);
        }

        if (expected.TryGetProperty("contains", out var phrase))
        {
            var text = string.Join(' ', doc.Utterances.Select(u => u.Text)) + doc.Body;
            Assert.Contains(phrase.GetString()!, text, StringComparison.Ordinal);
        }

        var kind = expected.TryGetProperty("kind", out var k) ? k.GetString()! : "transcript";
        Assert.Equal(kind.StartsWith("notes", StringComparison.Ordinal) ? SourceKind.Notes : SourceKind.Transcript, doc.Kind);
    }

    private static IEnumerable<string> Names(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

    private static JsonElement Manifest() =>
        JsonDocument.Parse(File.ReadAllText(TestDataFolder.Path("conformance", "exports", "manifest.json"))).RootElement;
}
