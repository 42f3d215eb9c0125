using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

public sealed class AtomicFileTests
{
    [Fact]
    public void Writes_utf8_without_bom_and_leaves_no_temp_files()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("Meetings", "Acme", "note.md");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "h\u00e9llo \U0001F680\n");
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("h\u00e9llo \U0001F680\n", File.ReadAllText(path));
        Assert.Equal(["Meetings/Acme/note.md"], temp.Files());
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file_and_no_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("note.md");
        AtomicFile.WriteAllText(path, "old");
        Directory.CreateDirectory(temp.Combine("dir.md"));
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(temp.Combine("dir.md"), "new"));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["note.md"], temp.Files());
    }

    [Fact]
    public void Leftover_temp_files_are_found_and_deleted()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("People"));
        File.WriteAllText(temp.Combine("People", ".x.md.abc" + AtomicFile.TempSuffix), "half");
        File.WriteAllText(temp.Combine("People", "x.md"), "whole");
        Assert.Equal(1, AtomicFile.DeleteLeftovers(temp.Path));
        Assert.Equal(["People/x.md"], temp.Files());
    }
}
