using System.Text;
using Cairn.Notes;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Walks a vault for files and notes. Dot folders (<c>.cairn</c>, <c>.obsidian</c>, <c>.trash</c>, <c>.git</c>)
/// are skipped as Obsidian skips them. Notes are the <c>.md</c> files outside the Inbox: the Inbox holds
/// sources (and their archive), which are read as link targets but are not notes to query or check.
/// </summary>
public static class VaultNoteReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Every file in the vault outside dot folders, vault-relative, sorted.</summary>
    public static IReadOnlyList<string> AllFiles(string vault)
    {
        if (!Directory.Exists(vault))
        {
            return [];
        }

        return [.. VaultFolders.Files(vault, "*", folder => !Path.GetFileName(folder).StartsWith('.'))
            .Select(f => Path.GetRelativePath(vault, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The vault-relative paths of the notes Cairn reads (see the type summary).</summary>
    public static IEnumerable<string> NotePaths(IEnumerable<string> files, string inboxFolder = "Inbox") =>
        files.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !p.StartsWith(inboxFolder.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads one note. Any bytes make a note (invalid UTF-8 becomes U+FFFD); only I/O can fail, as a value.</summary>
    public static (VaultNote? Note, string? Error) Read(string vault, string relativePath)
    {
        try
        {
            var bytes = RegularFile.ReadAllBytes(Path.Combine(vault, relativePath), RegularFile.NoteLimit);
            var text = Utf8.GetString(bytes);
            return (new VaultNote(relativePath, NoteDocument.Parse(text)), null);
        }
        catch (IOException ex)
        {
            return (null, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, ex.Message);
        }
    }
}
