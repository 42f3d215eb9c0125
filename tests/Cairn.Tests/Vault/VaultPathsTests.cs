using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

public sealed class VaultPathsTests
{
    [Theory]
    [InlineData("../../x")]
    [InlineData("People/../../x.md")]
    [InlineData("/etc/passwd")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("C:\\Windows\\x")]
    [InlineData("C:x")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("People//x.md")]
    [InlineData("./x.md")]
    [InlineData("People/x\0.md")]
    [InlineData("People /x.md")]
    [InlineData("People/x.md.")]
    public void Refuses_paths_that_could_leave_the_vault(string path)
    {
        using var temp = new TempDirectory();
        var paths = new VaultPaths(temp.Path);
        Assert.NotNull(paths.Check(path));
        var error = Assert.Throws<VaultPathException>(() => paths.Resolve(path));
        Assert.StartsWith("refusing path", error.Message);
    }

    [Fact]
    public void Resolves_plain_paths_inside_the_vault()
    {
        using var temp = new TempDirectory();
        var paths = new VaultPaths(temp.Path);
        var full = paths.Resolve("Meetings/Acme/2025-11-20 - Kickoff.md");
        Assert.Equal(Path.Combine(temp.Path, "Meetings", "Acme", "2025-11-20 - Kickoff.md"), full);
        Assert.Equal("Meetings/Acme/2025-11-20 - Kickoff.md", paths.Relative(full));
    }

    [Fact]
    public void Any_safe_name_resolves_inside_its_folder() =>
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(1000), FsCheck.Fluent.Prop.ForAll(SafeNameTests.HostileStrings(), input =>
        {
            var paths = new VaultPaths(Path.Combine(Path.GetTempPath(), "cairn-vault-that-does-not-exist"));
            var full = paths.Resolve("People/" + SafeName.For(input) + ".md");
            return Path.GetDirectoryName(full) == Path.Combine(paths.Root, "People");
        }));

    [Fact]
    public void Refuses_a_symlinked_folder_that_points_outside()
    {
        using var vault = new TempDirectory();
        using var outside = new TempDirectory();
        Directory.CreateSymbolicLink(vault.Combine("People"), outside.Path);
        var paths = new VaultPaths(vault.Path);
        Assert.Contains("symbolic link", paths.Check("People/x.md"));
        Assert.Throws<VaultPathException>(() => paths.Resolve("People/x.md"));
    }

    [Fact]
    public void Allows_a_symlinked_folder_that_stays_inside()
    {
        using var vault = new TempDirectory();
        Directory.CreateDirectory(vault.Combine("Real"));
        Directory.CreateSymbolicLink(vault.Combine("Alias"), vault.Combine("Real"));
        Assert.Null(new VaultPaths(vault.Path).Check("Alias/x.md"));
    }

    [Fact]
    public void Relative_refuses_paths_outside()
    {
        using var temp = new TempDirectory();
        var paths = new VaultPaths(temp.Path);
        Assert.Throws<VaultPathException>(() => paths.Relative(Path.GetTempPath()));
    }

    [Fact]
    public void Layout_names_the_archive_folder_by_date()
    {
        Assert.Equal("Inbox/_archive/2025-11-20", VaultLayout.Default.ArchiveFor(new DateOnly(2025, 11, 20)));
        Assert.Equal("People/Jane Doe.md", VaultLayout.Default.PersonNote("Jane: Doe"));
    }
}
