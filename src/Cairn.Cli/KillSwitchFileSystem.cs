using Cairn.Commit;

namespace Cairn.Cli;

/// <summary>
/// The crash harness's disk: the real one, except that the process kills itself (SIGKILL, no cleanup, like a
/// power cut or <c>kill -9</c>) right after its Nth vault operation. Set by <c>CAIRN_KILL_AFTER_OPERATIONS=N</c>;
/// the crash tests run the real CLI in a child process with it, so they kill at exact points rather than after
/// guessed sleeps. Unset (always, outside those tests), the CLI uses <see cref="VaultFileSystem"/> directly.
/// </summary>
internal sealed class KillSwitchFileSystem(int killAfter) : IVaultFileSystem
{
    public const string Variable = "CAIRN_KILL_AFTER_OPERATIONS";

    private int done;

    /// <summary>The disk the environment asks for: this one when <see cref="Variable"/> holds a count, else the real one.</summary>
    public static IVaultFileSystem FromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var count) && count > 0 ? new KillSwitchFileSystem(count) : VaultFileSystem.Instance;

    public byte[]? Read(string path) => VaultFileSystem.Instance.Read(path);

    public bool Exists(string path) => VaultFileSystem.Instance.Exists(path);

    public void Write(string path, byte[] bytes) => Count(() => VaultFileSystem.Instance.Write(path, bytes));

    public void Move(string from, string to) => Count(() => VaultFileSystem.Instance.Move(from, to));

    public void Delete(string path) => Count(() => VaultFileSystem.Instance.Delete(path));

    /// <summary>Not counted: removing an emptied folder changes nothing a rerun could find half done.</summary>
    public bool DeleteFolderIfEmpty(string path) => VaultFileSystem.Instance.DeleteFolderIfEmpty(path);

    private void Count(Action operation)
    {
        operation();
        if (++done == killAfter)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
