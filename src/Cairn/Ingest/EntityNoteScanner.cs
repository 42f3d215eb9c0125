using System.Globalization;
using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Resolution;
using Cairn.Vault;

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

    /// <summary>A note known by its frontmatter's title, aliases and created date, read as the index reads them; its file name otherwise.</summary>
    public static KnownNote Read(string path, EntityKind kind, Frontmatter frontmatter)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var title = frontmatter.GetString(NoteProperties.Title);
        DateOnly? created = DateOnly.TryParseExact(frontmatter.GetString(NoteProperties.Created), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var aliases = frontmatter.GetList(NoteProperties.Aliases).Where(s => s.Trim().Length > 0).ToList();
        return new KnownNote(path, stem, string.IsNullOrWhiteSpace(title) ? stem : title.Trim(), kind, aliases, created);
    }

    /// <summary>The note's lines up to its closing fence (the whole note when the fence never closes): all a frontmatter needs.</summary>
    private static Frontmatter ReadFrontmatter(string file)
    {
        // Size 0 is an empty note, or a FIFO or device that would never give a first line (RegularFile).
        if (RegularFile.Size(file) is not > 0)
        {
            return NoteDocument.Parse(string.Empty).Frontmatter;
        }

        using var reader = new StreamReader(file);
        var first = reader.ReadLine();
        if (first?.TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return NoteDocument.Parse(string.Empty).Frontmatter;
        }

        var header = new System.Text.StringBuilder(first).Append('\n');
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            header.Append(line).Append('\n');
            if (line.TrimEnd() == "---")
            {
                break;
            }
        }

        return NoteDocument.Parse(header.ToString()).Frontmatter;
    }
}
