namespace Cairn.Commit;

/// <summary>
/// The file operations the committer performs, on absolute paths already checked by <c>VaultPaths</c>. A seam
/// so tests can make the disk fail after any single operation and prove the journal recovers.
/// </summary>
public interface IVaultFileSystem
{
    /// <summary>The file's bytes, or null when there is no such file.</summary>
    byte[]? Read(string path);

    bool Exists(string path);

    /// <summary>Replaces the file atomically (temp file, flush, rename), creating folders as needed.</summary>
    void Write(string path, byte[] bytes);

    /// <summary>Moves a file; fails rather than overwrite <paramref name="to"/>.</summary>
    void Move(string from, string to);

    void Delete(string path);

    /// <summary>Deletes the folder when it holds nothing (not even a hidden file); false when it is not there or not empty.</summary>
    bool DeleteFolderIfEmpty(string path);
}
