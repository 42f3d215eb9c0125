using System.Globalization;
using Cairn.Extraction;
using Cairn.Resolution;
using Cairn.Vault;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Ingest;

/// <summary>
/// Lists the vault's people, companies and projects from their notes' frontmatter (title, aliases, created),
/// reading only the frontmatter of each file. A note with broken frontmatter is still known by its file name.
/// </summary>
public static class EntityNoteScanner
{
    public static IEnumerable<KnownNote> Scan(VaultPaths paths, VaultLayout layout)
    {
        foreach (var (folder, kind) in new[] { (layout.People, EntityKind.Person), (layout.Companies, EntityKind.Company), (layout.Projects, EntityKind.Project) })
        {
            var full = Path.Combine(paths.Root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in VaultFolders.Files(full, "*.md").Order(StringComparer.Ordinal))
            {
                yield return Read(paths.Relative(file), kind, ReadFrontmatter(file));
            }
        }
    }

    public static KnownNote Read(string path, EntityKind kind, string frontmatter)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        string? title = null;
        DateOnly? created = null;
        var aliases = new List<string>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(frontmatter));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                title = Scalar(map, "title");
                created = DateOnly.TryParseExact(Scalar(map, "created"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                if (map.Children.TryGetValue(new YamlScalarNode("aliases"), out var list) && list is YamlSequenceNode sequence)
                {
                    aliases.AddRange(sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Trim().Length > 0));
                }
            }
        }
        catch (YamlException)
        {
            // Known by its file name only.
        }

        return new KnownNote(path, stem, string.IsNullOrWhiteSpace(title) ? stem : title.Trim(), kind, aliases, created);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static string ReadFrontmatter(string file)
    {
        // Size 0 is an empty note, or a FIFO or device that would never give a first line (RegularFile).
        if (RegularFile.Size(file) is not > 0)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(file);
        if (reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return string.Empty;
        }

        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null && line.TrimEnd() != "---"; line = reader.ReadLine())
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }
}
