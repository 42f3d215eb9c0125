using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class ExtractCommandTests
{
    private static readonly string Email = TestDataFolder.Path("samples", "inbox", "2025-11-18 - Re Contoso FRD review.eml");

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var result = CliRunner.Run("extract", Email, "--owner", "Jason Vallery", "--json");
        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        foreach (var key in new[] { "title", "type", "account", "date", "participants", "summary", "action_items", "decisions", "key_facts", "entities", "topics" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        var task = root.GetProperty("action_items")[0];
        Assert.Equal("Jason Vallery", task.GetProperty("owner").GetString());
        Assert.Equal("2025-12-05", task.GetProperty("due").GetString());
        Assert.Contains("update the FRD", task.GetProperty("evidence").GetString());
        Assert.Equal("customer", root.GetProperty("type").GetString());
    }

    [Fact]
    public void Owner_comes_from_the_vault_config()
    {
        var vault = Directory.CreateTempSubdirectory("cairn-extract-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(vault, ".cairn"));
            File.WriteAllText(Path.Combine(vault, ".cairn", "config.yaml"), "owner: Jason Vallery\n");
            var result = CliRunner.Run("extract", Email, "--vault", vault);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("@Jason Vallery", result.Stdout);
            Assert.Contains("Action items", result.Stdout);
        }
        finally
        {
            Directory.Delete(vault, true);
        }
    }

    [Fact]
    public void Llm_extractor_is_a_usage_error_until_configured()
    {
        var result = CliRunner.Run("extract", Email, "--extractor", "llm", "--vault", Path.GetTempPath());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the llm extractor needs an llm: section in .cairn/config.yaml", result.Stderr);
    }

    [Fact]
    public void Unreadable_file_is_one_line_and_exit_one()
    {
        var result = CliRunner.Run("extract", "/nonexistent/file.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr);
    }

    [Fact]
    public void Extract_knows_the_vaults_people_and_aliases_as_ingest_does()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("People"));
        File.WriteAllText(temp.Combine("People", "Lior Genzel.md"), "---\ntype: person\naliases: [Lior]\n---\n# Lior Genzel\n");
        var source = temp.Combine("status.txt");
        File.WriteAllText(source, "Status call\nDate: 2025-11-03\n\nJason Vallery: Lior will send you the status on Friday.\nAna Ruiz: Great, thanks.\nTom Becker: Okay.\n");

        var extract = CliRunner.Run("extract", source, "--vault", temp.Path, "--json", "--owner", "Jason Vallery");
        Directory.CreateDirectory(temp.Combine("Inbox"));
        File.Copy(source, temp.Combine("Inbox", "status.txt"));
        var ingest = CliRunner.Run("ingest", "--vault", temp.Path);

        Assert.Equal(0, extract.ExitCode);
        var task = JsonDocument.Parse(extract.Stdout).RootElement.GetProperty("action_items")[0];
        Assert.Equal("Lior Genzel", task.GetProperty("owner").GetString());
        Assert.Equal(0, ingest.ExitCode);
        var note = File.ReadAllText(Directory.GetFiles(temp.Path, "*Status call*.md", SearchOption.AllDirectories).Single());
        Assert.Contains(note.Split('\n'), l => l.StartsWith("- [ ]", StringComparison.Ordinal) && l.Contains("status", StringComparison.Ordinal) && l.Contains("Lior Genzel", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_names_a_company_as_the_vaults_note_does()
    {
        // Before: ingest linked "Initech Systems" to the vault's Initech note; extract still said "Initech Systems".
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("Companies"));
        File.WriteAllText(temp.Combine("Companies", "Initech.md"), "---\ntype: company\n---\n# Initech\n");
        var source = temp.Combine("renewal.txt");
        File.WriteAllText(source, "Renewal call with Initech Systems\nDate: 2025-11-03\n\nJason Vallery: Thanks for joining from Initech Systems, Carla.\nCarla Mendes: Happy to. Initech Systems wants the SOC 2 report.\nJason Vallery: I'll send the SOC 2 report by Friday.\n");

        var extract = CliRunner.Run("extract", source, "--vault", temp.Path, "--json", "--owner", "Jason Vallery");

        Assert.Equal(0, extract.ExitCode);
        var root = JsonDocument.Parse(extract.Stdout).RootElement;
        var names = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Initech", names);
        Assert.DoesNotContain("Initech Systems", names);
    }

    [Fact]
    public void Without_an_owner_in_the_config_extract_uses_the_owner_ingest_uses()
    {
        using var temp = new TempDirectory();
        var source = temp.Combine("call.txt");
        File.WriteAllText(source, "Pilot planning\nDate: 2025-11-03\n\nMe: I'll send the pilot plan to Ann by Friday.\nAnn Lee: Thanks. We decided to run the pilot for three weeks.\nMe: Ann, can you share the cluster sizes?\n");

        var plain = CliRunner.Run("extract", source, "--vault", temp.Path, "--json");
        var asIngest = CliRunner.Run("extract", source, "--vault", temp.Path, "--json", "--owner", Cairn.Vault.CairnConfig.DefaultOwner);
        var asMyself = CliRunner.Run("extract", source, "--vault", temp.Path, "--json", "--owner", "Myself");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(asIngest.Stdout, plain.Stdout);
        Assert.NotEqual(asMyself.Stdout, plain.Stdout);
    }

    [Fact]
    public void The_vaults_size_limit_applies_to_extract_as_to_ingest()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine(".cairn"));
        File.WriteAllText(temp.Combine(".cairn", "config.yaml"), "reader:\n  max_size_mb: 1\n");
        var source = temp.Combine("long.vtt");
        File.WriteAllText(source, "WEBVTT\n\n" + new string('x', 1_200_000));

        var result = CliRunner.Run("extract", source, "--vault", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("over the 1 MB limit", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_one_default_size_limit_for_every_command()
    {
        Assert.Equal(Cairn.Vault.CairnConfig.Default.ReaderMaxBytes, Cairn.Sources.ReaderOptions.Default.MaxBytes);
    }
}
