using System.Diagnostics;

namespace Cairn.Tests.Fakes;

/// <summary>Files that are not regular files, for the readers' hostile-input tests (Linux: mkfifo, /dev/zero).</summary>
internal static class SpecialFiles
{
    public static void Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Runs <paramref name="work"/>, failing the test instead of hanging it when it does not finish (a reader stuck on a FIFO).</summary>
    public static T Within<T>(TimeSpan limit, Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(limit), $"did not finish within {limit.TotalSeconds} s");
        return task.Result;
    }
}
