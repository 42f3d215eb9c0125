using Cairn.Vault;

namespace Cairn.Commit;

/// <summary>The real disk, through <see cref="AtomicFile"/>.</summary>
public sealed class VaultFileSystem : IVaultFileSystem
{
    public static VaultFileSystem Instance { get; } = new();

    public byte[]? Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

    public bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    public void Write(string path, byte[] bytes) => AtomicFile.WriteAllBytes(path, bytes);

    public void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: false);
        KeepLinkTarget(from, to);
    }

    /// <summary>
    /// A relative symbolic link (a source linked into the Inbox from elsewhere in the vault) moved as it is would point
    /// from its new folder at nothing: the archived source dangled. It is replaced, by rename, with a link to the
    /// same file relative to where it now is; moved back (undo), it is made relative to the Inbox again.
    /// </summary>
    private static void KeepLinkTarget(string from, string to)
    {
        if (new FileInfo(to).LinkTarget is not { } target || Path.IsPathRooted(target))
        {
            return;
        }

        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, target));
        var folder = Path.GetDirectoryName(to)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(to)}.{Guid.NewGuid():N}{AtomicFile.TempSuffix}");
        File.CreateSymbolicLink(temp, Path.GetRelativePath(folder, file));
        File.Move(temp, to, overwrite: true);
    }

    public void Delete(string path) => File.Delete(path);

    public bool DeleteFolderIfEmpty(string path)
    {
        if (!Directory.Exists(path) || Directory.EnumerateFileSystemEntries(path).Any())
        {
            return false;
        }

        try
        {
            Directory.Delete(path);
            return true;
        }
        catch (IOException)
        {
            // Something arrived in it meanwhile (Obsidian, a sync tool): it is not empty, so it stays.
            return false;
        }
    }
}
