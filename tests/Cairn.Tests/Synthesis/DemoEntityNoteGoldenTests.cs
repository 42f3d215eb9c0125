using Cairn.Tests.Fakes;

namespace Cairn.Tests.Synthesis;

/// <summary>
/// A person note and a company note of the demo vault, end to end from the bundled sources, as approved files:
/// reviewed section by section against tests/data/reference/people-note.example.md (see docs/note-format.md).
/// </summary>
public sealed class DemoEntityNoteGoldenTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void The_demo_vaults_person_and_company_notes_match_their_approved_files()
    {
        var vault = dir.Combine("demo");
        Assert.Equal(0, CliRunner.Run("demo", vault).ExitCode);

        Golden.Verify("demo-person-marcus-lee", File.ReadAllText(Path.Combine(vault, "People", "Marcus Lee.md")));
        Golden.Verify("demo-company-fabrikam", File.ReadAllText(Path.Combine(vault, "Companies", "Fabrikam.md")));
    }
}
