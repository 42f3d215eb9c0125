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
