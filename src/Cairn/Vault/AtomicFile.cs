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

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly those bytes; true when it wrote.</summary>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        WriteAllBytes(path, bytes);
        return true;
    }

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

    /// <summary>
    /// Moves a file without ever overwriting one: when <paramref name="destination"/> exists the move goes to
    /// <c>name (2).ext</c>, <c>name (3).ext</c>, and so on. Returns the path actually used.
    /// </summary>
    public static string MoveNoClobber(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? destination : Numbered(destination, attempt);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                continue;
            }

            try
            {
                File.Move(source, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate) && File.Exists(source))
            {
                // Someone took the name between the check and the move: try the next one.
            }
        }
    }

    /// <summary><c>dir/name.ext</c> → <c>dir/name (n).ext</c>.</summary>
    public static string Numbered(string path, int n)
    {
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        return Path.Combine(directory, $"{name} ({n}){extension}");
    }

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
