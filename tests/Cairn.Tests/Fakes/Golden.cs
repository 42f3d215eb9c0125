using System.Runtime.CompilerServices;

namespace Cairn.Tests.Fakes;

/// <summary>
/// Compares rendered text with an approved file under <c>tests/Cairn.Tests/Golden/</c>. On a mismatch it
/// writes <c>NAME.received.md</c> beside it; with <c>CAIRN_APPROVE=1</c> it writes the approved file instead.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(FindTestsRoot(callerPath), "Golden");
        var approved = Path.Combine(folder, name + ".md");
        var received = Path.Combine(folder, name + ".received.md");
        if (Environment.GetEnvironmentVariable("CAIRN_APPROVE") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approved, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved golden file {approved}; review {received} and rerun with CAIRN_APPROVE=1."
            : $"{name} differs from its golden file; see {received} (approve with CAIRN_APPROVE=1).");
    }

    private static string FindTestsRoot(string callerPath)
    {
        for (var dir = Path.GetDirectoryName(callerPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Cairn.Tests.csproj")))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException("Cairn.Tests.csproj not found above " + callerPath);
    }
}
