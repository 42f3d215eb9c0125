namespace Cairn.Index;

/// <summary>
/// How many notes a walk of the vault found and a digest of their paths and stamps: the sum of one 64-bit hash per
/// note, so folders walked in parallel add up in any order, and a note added, removed, renamed or written (its size
/// or time) changes it. A refresh stores the digest of the walk it brought the index up to date with; a query whose
/// walk gives the same digest can trust the index without reading its stamps back (<see cref="VaultIndex"/>).
/// </summary>
internal readonly record struct VaultDigest(long Notes, long Sum)
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static VaultDigest operator +(VaultDigest a, VaultDigest b) => new(a.Notes + b.Notes, unchecked(a.Sum + b.Sum));

    /// <summary>The digest of notes by vault-relative path (<c>/</c>-separated), as the full walk lists them.</summary>
    public static VaultDigest Of(IReadOnlyDictionary<string, NoteStamp> notes)
    {
        var digest = default(VaultDigest);
        foreach (var (path, stamp) in notes)
        {
            digest += One(Continue(FnvOffset, path), stamp);
        }

        return digest;
    }

    /// <summary>The hash of a folder's relative path (empty for the vault's root), which its notes' names continue.</summary>
    public static ulong Folder(ReadOnlySpan<char> relative) => relative.IsEmpty ? FnvOffset : Continue(Continue(FnvOffset, relative), "/");

    /// <summary>One note: its name continues its folder's hash; the stamp is mixed in after.</summary>
    public static VaultDigest Note(ulong folder, ReadOnlySpan<char> name, NoteStamp stamp) => One(Continue(folder, name), stamp);

    private static VaultDigest One(ulong path, NoteStamp stamp) =>
        new(1, unchecked((long)Mix(Mix(path ^ (ulong)stamp.Size) ^ (ulong)stamp.Mtime)));

    /// <summary>FNV-1a over the characters, with <c>\</c> read as <c>/</c> so a Windows walk hashes as the stored paths do.</summary>
    private static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (c == '\\' ? '/' : c)) * FnvPrime);
        }

        return hash;
    }

    /// <summary>The SplitMix64 finaliser: every input bit moves every output bit, so near stamps give far hashes.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
            z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
            return z ^ (z >> 31);
        }
    }
}
