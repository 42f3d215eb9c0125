using System.Globalization;
using System.Text;

namespace Cairn.Vault;

/// <summary>
/// Reads a file that should hold a note's or a source's bytes without trusting what the path is. Opening a FIFO
/// waits for a writer forever, and a device such as <c>/dev/zero</c> never ends; both report size 0 once symbolic
/// links are followed, as an empty file does, so a file of size 0 reads as empty without being opened.
/// </summary>
public static class RegularFile
{
    /// <summary>
    /// The largest note Cairn reads. Reading a note holds it several times over (bytes, text, lines: about 9x its
    /// size), and a 1.1 GB note ran the index out of memory; real notes, pasted transcripts included, are far smaller.
    /// </summary>
    public const long NoteLimit = 16L * 1024 * 1024;

    /// <summary>The file's bytes; empty for size 0. Throws <see cref="IOException"/> saying why when it is gone, a broken link, or over <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = long.MaxValue)
    {
        var size = ExistingSize(path);
        if (size > maxBytes)
        {
            throw new IOException(string.Format(CultureInfo.InvariantCulture, "{0} is {1:0.#} MB, over the {2:0.#} MB limit", Path.GetFileName(path), size / 1048576.0, maxBytes / 1048576.0));
        }

        return ReadSized(path, size);
    }

    /// <summary>The bytes of a file whose size (links followed) the caller already has from a walk, so no stat is spent on it; empty for size 0.</summary>
    public static byte[] ReadSized(string path, long size) => size == 0 ? [] : File.ReadAllBytes(path);

    /// <summary>The file's text as <see cref="File.ReadAllText(string)"/> decodes it (UTF-8 unless a byte order mark says otherwise); empty for size 0.</summary>
    public static string ReadAllText(string path, long maxBytes = long.MaxValue)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The file's first <paramref name="maxBytes"/> bytes (all of a smaller file); empty for size 0, as <see cref="ReadAllBytes"/>.</summary>
    public static byte[] ReadStart(string path, int maxBytes)
    {
        var size = ExistingSize(path);
        if (size == 0)
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new byte[(int)Math.Min(size, maxBytes)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>The size of the file a path leads to, links followed; null when there is none.</summary>
    public static long? Size(string path) => Target(path)?.Length;

    /// <summary>The file a path leads to, links followed (its size and time are the content's); null when there is none, or the link is broken.</summary>
    public static FileInfo? Target(string path)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        return target is { Exists: true } ? target : null;
    }

    private static long ExistingSize(string path) =>
        Size(path) ?? throw new FileNotFoundException($"{Path.GetFileName(path)}: no such file (or a link to nothing)", path);
}
