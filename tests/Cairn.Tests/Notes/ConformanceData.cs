using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Notes;

/// <summary>Reads the shared conformance files (JSON lines) where they live.</summary>
internal static class ConformanceData
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Vectors = new(() => Load("vectors.jsonl"));
    private static readonly Lazy<Dictionary<string, JsonElement>> Metadata = new(() => Load("obsidian-metadata.jsonl"));

    public static JsonElement Vector(string id) => Vectors.Value[id];

    public static JsonElement MetadataRecord(string id) => Metadata.Value[id];

    public static TheoryData<string> VectorIds(string format)
    {
        var data = new TheoryData<string>();
        foreach (var (id, v) in Vectors.Value)
        {
            if (v.GetProperty("format").GetString() == format)
            {
                data.Add(id);
            }
        }

        return data;
    }

    public static TheoryData<string> MetadataIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Metadata.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    private static Dictionary<string, JsonElement> Load(string file)
    {
        var path = TestDataFolder.Path("conformance", "obsidian-tasks", file);
        var records = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var element = JsonDocument.Parse(line).RootElement.Clone();
            records[element.GetProperty("id").GetString()!] = element;
        }

        return records;
    }
}
