using System.Globalization;
using System.Text.Json;
using Cairn.Notes;

namespace Cairn.Tests.Notes;

/// <summary>
/// Obsidian's own parse of 89 notes (tests/data/conformance/obsidian-tasks/obsidian-metadata.jsonl), compared
/// with <see cref="NoteDocument"/>: wikilinks, embeds, inline tags, headings, task characters, frontmatter.
/// Deliberately not compared: Markdown links (<c>[text](file.md)</c>), which Obsidian lists among its links
/// but Cairn neither reads nor writes; non-task list items and their parents, which Cairn does not model.
/// </summary>
public sealed class ObsidianMetadataTests
{
    public static TheoryData<string> Records => ConformanceData.MetadataIds();

    [Theory]
    [MemberData(nameof(Records))]
    public void Note_reads_like_obsidian(string id)
    {
        var record = ConformanceData.MetadataRecord(id);
        var expect = record.GetProperty("expect");
        var note = NoteDocument.Parse(record.GetProperty("content").GetString()!);

        Assert.Equal(ExpectedLinks(expect, "links", "[["), ActualLinks(note, embeds: false));
        Assert.Equal(ExpectedLinks(expect, "embeds", "![["), ActualLinks(note, embeds: true));
        Assert.Equal(Expected(expect, "tags", e => $"{e.GetProperty("tag").GetString()}@{e.GetProperty("line").GetInt32()}"), note.Tags.Select(t => $"{t.Tag}@{t.Line - 1}"));
        Assert.Equal(
            Expected(expect, "headings", e => $"{e.GetProperty("level").GetInt32()} {e.GetProperty("heading").GetString()}@{e.GetProperty("line").GetInt32()}"),
            note.Headings.Select(h => $"{h.Level} {h.Text}@{h.Line - 1}"));
        Assert.Equal(ExpectedTasks(expect), note.Tasks.Select(t => $"[{t.StatusChar}]@{t.Line - 1}"));
        AssertFrontmatter(expect, note);
    }

    private static List<string> Expected(JsonElement expect, string key, Func<JsonElement, string> describe) =>
        expect.TryGetProperty(key, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray().Select(describe)] : [];

    private static List<string> ExpectedLinks(JsonElement expect, string key, string prefix) =>
        [.. Expected(expect, key, e => e.GetProperty("original").GetString()!.StartsWith(prefix, StringComparison.Ordinal) ? DescribeLink(e) : string.Empty).Where(s => s.Length > 0)];

    private static string DescribeLink(JsonElement e) =>
        $"{e.GetProperty("original").GetString()} -> {e.GetProperty("link").GetString()} ({e.GetProperty("displayText").GetString()})@{e.GetProperty("line").GetInt32()}";

    private static IEnumerable<string> ActualLinks(NoteDocument note, bool embeds) =>
        note.Links.Where(l => l.IsEmbed == embeds).Select(l => $"{l.Original} -> {l.Link} ({l.DisplayText})@{l.Line - 1}");

    private static List<string> ExpectedTasks(JsonElement expect) =>
        [.. Expected(expect, "listItems", e => e.GetProperty("task").ValueKind == JsonValueKind.String ? $"[{e.GetProperty("task").GetString()}]@{e.GetProperty("line").GetInt32()}" : string.Empty).Where(s => s.Length > 0)];

    private static void AssertFrontmatter(JsonElement expect, NoteDocument note)
    {
        if (!expect.TryGetProperty("frontmatter", out var frontmatter) || frontmatter.ValueKind != JsonValueKind.Object)
        {
            Assert.Empty(note.Frontmatter.Keys);
            return;
        }

        Assert.Equal(frontmatter.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), note.Frontmatter.Keys.Order(StringComparer.Ordinal));
        foreach (var property in frontmatter.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    Assert.Equal(property.Value.GetString() is { Length: > 0 } s ? s : null, note.Frontmatter.GetString(property.Name));
                    break;
                case JsonValueKind.Number:
                    Assert.Equal(property.Value.GetRawText(), note.Frontmatter.GetString(property.Name));
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Assert.Equal(property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(), note.Frontmatter.GetString(property.Name)?.ToLowerInvariant());
                    break;
                case JsonValueKind.Array when property.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String):
                    Assert.Equal(property.Value.EnumerateArray().Select(v => v.GetString()!).Where(v => v.Length > 0), note.Frontmatter.GetList(property.Name));
                    break;
                default:
                    break;
            }
        }
    }
}
