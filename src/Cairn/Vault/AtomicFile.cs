using System.Text;

namespace Cairn.Vault;

/// <summary>
/// Writes that a crash cannot leave half done: the bytes go to a hidden temp file beside the target, are flushed
/// to disk, then renamed over it, so a reader sees the old file or the new one, never a mix.
/// </summary>
public static class AtomicFile
{
    /// <summary>Every temp file ends with this, so a recovery can find leftovers of a crash and delete them.</summary>
    public const string TempSuffix = ".cairn-tmp";

    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void WriteAllText(string path, string content) => WriteAllBytes(path, Utf8NoBom.GetBytes(content));

    /// <summary>
    /// Replaces the file with <paramref name="bytes"/>. A file its owner made read-only is refused with an
    /// <see cref="IOException"/> naming it: the rename would replace it anyway, and a person who locks a note means it.
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (IsReadOnly(path))
        {
            throw new IOException($"{path} is read-only: left as it is (make it writable to let cairn update it)");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>True when the file exists and is marked read-only (its owner's write bit off; the attribute on Windows).</summary>
    public static bool IsReadOnly(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite));

    /// <summary>Deletes temp files a crash left in <paramref name="directory"/> and below; returns how many.</summary>
    public static int DeleteLeftovers(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in VaultFolders.Files(directory, "*" + TempSuffix))
        {
            if (TryDelete(file))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
