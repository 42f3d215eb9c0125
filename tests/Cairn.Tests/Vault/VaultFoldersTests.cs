using Cairn.Index;
using Cairn.Queries;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Vault;

/// <summary>Symbolic links in a vault: shared folders linked in are walked once, loops and links back in never.</summary>
public sealed class VaultFoldersTests : IDisposable
{
    private readonly TempDirectory vault = new();
    private readonly TempDirectory outside = new();

    public void Dispose()
    {
        vault.Dispose();
        outside.Dispose();
    }

    [Fact]
    public void Links_back_into_the_vault_are_not_followed_so_loops_end_and_nothing_is_listed_twice()
    {
        Write(vault, "Notes/a.md");
        Write(vault, "Meetings/m.md");
        Link(vault, "Notes/up", "..");
        Link(vault, "Notes/self", vault.Combine("Notes"));
        Link(vault, "Notes/also meetings", "../Meetings");
        Link(vault, "Meetings/root", vault.Path);

        Assert.Equal(["Meetings", "Notes"], Relative(VaultFolders.Walk(vault.Path)).Skip(1));
        Assert.Equal(["Meetings/m.md", "Notes/a.md"], VaultNoteReader.AllFiles(vault.Path));
        Assert.Equal(["Meetings/m.md", "Notes/a.md"], VaultFiles.Scan(vault.Path, "Inbox").Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_linked_in_from_outside_is_walked_once_and_a_loop_inside_it_ends()
    {
        Write(vault, "Notes/a.md");
        Write(outside, "Shared/Deep/s.md");
        Link(outside, "Shared/Deep/back", "..");
        Link(vault, "Notes/shared", outside.Combine("Shared"));
        Link(vault, "Notes/shared again", outside.Combine("Shared"));
        Link(vault, "Notes/broken", outside.Combine("nowhere"));

        Assert.Equal(["Notes", "Notes/shared", "Notes/shared/Deep"], Relative(VaultFolders.Walk(vault.Path)).Skip(1));
        Assert.Equal(["Notes/a.md", "Notes/shared/Deep/s.md"], VaultFiles.Scan(vault.Path, "Inbox").Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Folders_come_parents_first_and_siblings_in_order_and_the_filter_prunes_whole_branches()
    {
        foreach (var file in new[] { "b/x/1.md", "a/2.md", "B/3.md", ".hidden/4.md", "a/.git/5.md" })
        {
            Write(vault, file);
        }

        Assert.Equal(["", ".hidden", "B", "a", "a/.git", "b", "b/x"], Relative(VaultFolders.Walk(vault.Path)));
        Assert.Equal(["", "B", "a", "b", "b/x"], Relative(VaultFolders.Walk(vault.Path, f => !Path.GetFileName(f).StartsWith('.'))));
    }

    [Fact]
    public void Real_paths_resolve_every_link_on_the_way_and_give_up_on_a_loop()
    {
        Directory.CreateDirectory(outside.Combine("target", "inner"));
        Link(vault, "hop", outside.Combine("target"));
        Link(vault, "loop1", vault.Combine("loop2"));
        Link(vault, "loop2", vault.Combine("loop1"));

        Assert.Equal(VaultFolders.RealPath(outside.Combine("target", "inner")), VaultFolders.RealPath(vault.Combine("hop", "inner")));
        Assert.Null(VaultFolders.RealPath(vault.Combine("loop1")));
        Assert.Null(VaultFolders.RealPath(vault.Combine("missing")));
    }

    private static void Write(TempDirectory root, string path)
    {
        var full = root.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "# " + path);
    }

    private static void Link(TempDirectory root, string path, string target) =>
        Directory.CreateSymbolicLink(root.Combine(path.Split('/')), target);

    private List<string> Relative(IEnumerable<string> folders) =>
        [.. folders.Select(f => Path.GetRelativePath(vault.Path, f).Replace('\\', '/')).Select(f => f == "." ? string.Empty : f)];
}
