using Cairn.Commit;
using Cairn.Vault;

namespace Cairn.Tests.Fakes;

/// <summary>What the disk does at the chosen operation.</summary>
public enum Fault
{
    /// <summary>The operation completes, then the process "dies" (an exception nothing catches).</summary>
    CrashAfter,

    /// <summary>A write dies half way: a temp file is left and the note is not replaced.</summary>
    TornWrite,

    /// <summary>The operation fails with an IOException (disk full, file in use) and the process lives on.</summary>
    IoError,
}

/// <summary>The process died: deliberately not an IOException, so no code path treats it as recoverable.</summary>
internal sealed class SimulatedCrashException() : Exception("simulated crash");

/// <summary>The real disk, except that mutating operation number <c>failAt</c> (1-based) suffers <c>fault</c>.</summary>
internal sealed class FaultyFileSystem(int failAt, Fault fault) : IVaultFileSystem
{
    private readonly VaultFileSystem disk = VaultFileSystem.Instance;

    public int Mutations { get; private set; }

    public byte[]? Read(string path) => disk.Read(path);

    public bool Exists(string path) => disk.Exists(path);

    public void Write(string path, byte[] bytes) => Mutate(() => disk.Write(path, bytes), path, isWrite: true);

    public void Move(string from, string to) => Mutate(() => disk.Move(from, to), to, isWrite: false);

    public void Delete(string path) => Mutate(() => disk.Delete(path), path, isWrite: false);

    public bool DeleteFolderIfEmpty(string path) => disk.DeleteFolderIfEmpty(path);

    private void Mutate(Action operation, string path, bool isWrite)
    {
        Mutations++;
        if (Mutations != failAt)
        {
            operation();
            return;
        }

        switch (fault)
        {
            case Fault.IoError:
                throw new IOException($"simulated disk error on {Path.GetFileName(path)}");
            case Fault.TornWrite when isWrite:
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.torn{AtomicFile.TempSuffix}"), "half a no");
                throw new SimulatedCrashException();
            default:
                operation();
                throw new SimulatedCrashException();
        }
    }
}
