using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

public sealed class RegularFileTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_fifo_and_a_link_to_a_device_read_as_empty_without_waiting()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and /dev/zero
        }

        var fifo = dir.Combine("pipe.md");
        SpecialFiles.Fifo(fifo);
        var zero = dir.Combine("zero.md");
        File.CreateSymbolicLink(zero, "/dev/zero");

        foreach (var path in new[] { fifo, zero })
        {
            var read = SpecialFiles.Within(TimeSpan.FromSeconds(20), () => (RegularFile.ReadAllBytes(path), RegularFile.ReadAllText(path), RegularFile.ReadStart(path, 100)));
            Assert.Equal((0, string.Empty, 0), (read.Item1.Length, read.Item2, read.Item3.Length));
        }
    }

    [Fact]
    public void Text_decodes_as_File_ReadAllText_does_and_a_start_is_cut_where_asked()
    {
        var path = dir.Combine("note.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "# Café\n"u8]);
        var utf16 = dir.Combine("wide.md");
        File.WriteAllText(utf16, "# Wide\n", System.Text.Encoding.Unicode);

        Assert.Equal(File.ReadAllText(path), RegularFile.ReadAllText(path));
        Assert.Equal(File.ReadAllText(utf16), RegularFile.ReadAllText(utf16));
        Assert.Equal("# Wide\n", RegularFile.ReadAllText(utf16));
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'#'], RegularFile.ReadStart(path, 4));
        Assert.Equal(File.ReadAllBytes(path), RegularFile.ReadStart(path, 1000));
    }

    [Fact]
    public void A_file_over_the_limit_a_missing_one_and_a_broken_link_are_errors_that_say_so()
    {
        var big = dir.Combine("big.vtt");
        File.WriteAllBytes(big, new byte[3 * 1024 * 1024 / 2]);
        var broken = dir.Combine("broken.md");
        File.CreateSymbolicLink(broken, dir.Combine("nowhere.md"));

        Assert.Equal("big.vtt is 1.5 MB, over the 1 MB limit", Assert.Throws<IOException>(() => RegularFile.ReadAllBytes(big, 1024 * 1024)).Message);
        Assert.IsType<FileNotFoundException>(Assert.ThrowsAny<IOException>(() => RegularFile.ReadAllBytes(dir.Combine("missing.md"))));
        Assert.IsType<FileNotFoundException>(Assert.ThrowsAny<IOException>(() => RegularFile.ReadAllText(broken)));
        Assert.Null(RegularFile.Size(broken));
    }
}
