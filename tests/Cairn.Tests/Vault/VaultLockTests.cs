using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

public sealed class VaultLockTests
{
    [Fact]
    public void A_second_holder_waits_then_fails_naming_the_pid()
    {
        using var temp = new TempDirectory();
        using (VaultLock.Acquire(temp.Path))
        {
            var error = Assert.Throws<VaultLockedException>(() => VaultLock.Acquire(temp.Path, TimeSpan.FromMilliseconds(120)));
            Assert.Contains($"pid {Environment.ProcessId}", error.Message);
            Assert.Contains(".cairn/lock", error.Message);
        }

        using (VaultLock.Acquire(temp.Path, TimeSpan.Zero))
        {
            Assert.True(File.Exists(temp.Combine(".cairn", "lock")));
        }

        Assert.False(File.Exists(temp.Combine(".cairn", "lock")));
        Assert.False(File.Exists(temp.Combine(".cairn", "lock.owner")));
    }

    [Fact]
    public async Task A_waiter_gets_the_lock_once_it_is_released()
    {
        using var temp = new TempDirectory();
        var first = VaultLock.Acquire(temp.Path);
        using var released = new ManualResetEventSlim();
        var waiter = Task.Run(() =>
        {
            released.Set();
            using var second = VaultLock.Acquire(temp.Path, TimeSpan.FromSeconds(10));
            return true;
        });
        released.Wait();
        first.Dispose();
        Assert.True(await waiter.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
