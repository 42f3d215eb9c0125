namespace Cairn.Tests.Fakes;

/// <summary>
/// Finds the team's shared folder (conformance vectors, samples, real meetings) beside the repository.
/// Those files are read where they live, never copied in.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("CAIRN_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "conformance")))
            {
                return candidate;
            }
        }

        const string fallback = "/work/shared";
        return Directory.Exists(fallback)
            ? fallback
            : throw new DirectoryNotFoundException("The shared folder (../shared) was not found; set CAIRN_SHARED to its path.");
    }
}
