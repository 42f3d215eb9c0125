namespace Cairn.Tests.Fakes;

/// <summary>
/// The repository's own test data (<c>tests/data</c>: conformance vectors, samples, reference notes, real
/// meetings), copied into the test output so a clone in any folder runs the suite. Licences: tests/data/README.md.
/// </summary>
internal static class TestDataFolder
{
    private static readonly string Root = System.IO.Path.Combine(AppContext.BaseDirectory, "data");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
