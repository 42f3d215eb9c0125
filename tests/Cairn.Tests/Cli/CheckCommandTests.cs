using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public void Clean_vault_passes()
    {
        using var vault = new TempDirectory();
        Write(vault, "People/Ann Lee.md", "---\ntype: people\n---\n# Ann Lee\n");
        Write(vault, "Meetings/Acme/2025-01-01 - Kickoff.md", "---\ntype: customer\n---\n- [ ] Call [[ann lee]] 📅 2025-02-01 ![[chart.png]]\n[[People/Ann Lee#Profile]]\n");
        Write(vault, "Meetings/Acme/chart.png", "png");

        var result = CliRunner.Run("check", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no problems found", result.Stdout);
    }

    [Fact]
    public void Broken_notes_are_reported_with_file_line_and_severity()
    {
        using var vault = new TempDirectory();
        Write(vault, "a.md", "---\ntype: x\n# never closed\n");
        Write(vault, "b.md", "---\ntitle: one\ntitle: two\n---\n");
        Write(vault, "c.md", "---\ntitle: [unclosed\n---\n");
        Write(vault, "d.md", "# T\n\n- [ ] Fix 📅 2025-13-45 #task\n- [ ] Go to [[Nowhere]] and [[image]]\n");
        Write(vault, "image.png", "x");
        Write(vault, ".obsidian/skip.md", "---\nbroken");
        Write(vault, "Inbox/source.md", "---\nbroken");

        var result = CliRunner.Run("check", "--vault", vault.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        var problems = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(p => $"{p.GetProperty("file").GetString()}:{p.GetProperty("line").GetInt32()} {p.GetProperty("severity").GetString()}")
            .ToList();
        Assert.Equal(["a.md:1 error", "b.md:3 error", "c.md:2 error", "d.md:3 error", "d.md:4 warning", "d.md:4 warning"], problems);
        var first = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal(["file", "line", "severity", "problem"], first.EnumerateObject().Select(p => p.Name));
        Assert.Contains("2025-13-45", result.Stdout);
        Assert.Contains("[[Nowhere]]", result.Stdout);
    }

    [Fact]
    public void Two_entity_notes_answering_to_one_name_are_a_warning()
    {
        using var vault = new TempDirectory();
        Write(vault, "People/Marcus Lee.md", "---\ntype: people\ntitle: Marcus Lee\naliases: [\"Marcus\"]\n---\n");
        Write(vault, "People/Marcus.md", "---\ntype: people\ntitle: Marcus\n---\n");
        Write(vault, "Companies/Acme.md", "---\ntype: company\ntitle: Acme\n---\n");
        Write(vault, "Meetings/Acme/2025-01-01 - Acme.md", "---\ntype: customer\ntitle: Acme\n---\n");

        var result = CliRunner.Run("check", "--vault", vault.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        var problems = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        var only = Assert.Single(problems);
        Assert.Equal("People/Marcus.md", only.GetProperty("file").GetString());
        Assert.Equal("warning", only.GetProperty("severity").GetString());
        Assert.Equal("duplicate entity: \"Marcus\" also names People/Marcus Lee.md", only.GetProperty("problem").GetString());
    }

    [Fact]
    public void Binary_junk_never_crashes_the_check()
    {
        using var vault = new TempDirectory();
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[2000];
            random.NextBytes(bytes);
            File.WriteAllBytes(vault.Combine($"junk{i}.md"), [.. "---\n"u8.ToArray(), .. bytes]);
        }

        var result = CliRunner.Run("check", "--vault", vault.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(result.Stdout).RootElement.ValueKind);
        Assert.Empty(result.Stderr);
    }

    internal static void Write(TempDirectory vault, string path, string text)
    {
        var full = vault.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
