using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class PeopleShowCommandTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void People_lists_last_contact_meetings_and_open_tasks()
    {
        var rows = Json("people");

        var priya = rows.Single(r => r.GetProperty("name").GetString() == "Priya Raman");
        Assert.Equal("2025-11-17", priya.GetProperty("last_contact").GetString());
        Assert.Equal(2, priya.GetProperty("meetings").GetInt32());
        Assert.Equal(2, priya.GetProperty("open_tasks").GetInt32());
        Assert.Equal(3, priya.GetProperty("days_since").GetInt32());
    }

    [Fact]
    public void More_people_than_a_table_holds_are_written_as_plain_aligned_lines()
    {
        for (var i = 0; i < 1001; i++)
        {
            vault.Write($"People/Person {i:D4}.md", $"---\ntype: people\n---\n# Person {i:D4}\n");
        }

        var result = CliRunner.Run("people", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('│', result.Stdout);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name", lines[0], StringComparison.Ordinal);
        var priya = Assert.Single(lines, l => l.StartsWith("Priya Raman ", StringComparison.Ordinal));
        Assert.Equal(["Priya Raman", "2025-11-17", "3", "2", "2"], priya.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()));
        Assert.Equal(lines[0].IndexOf("meetings", StringComparison.Ordinal), priya.IndexOf("  2  ", StringComparison.Ordinal) + 2);
        Assert.Contains(lines, l => l.StartsWith("Person 1000 ", StringComparison.Ordinal) && l.EndsWith("  0", StringComparison.Ordinal));
    }

    [Fact]
    public void Stale_keeps_people_not_met_for_that_long()
    {
        Assert.Equal(["Tom Becker"], Json("people", "--stale", "30").Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public void Show_resolves_an_alias_case_insensitively()
    {
        var shown = JsonDocument.Parse(CliRunner.Run("show", "priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal("Priya Raman", shown.GetProperty("name").GetString());
        Assert.Equal(["Priya runs ML infrastructure at Acme."], shown.GetProperty("key_facts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([TestVault.AcmeCheckIn, TestVault.AcmeKickoff], shown.GetProperty("recent_meetings").EnumerateArray().Select(m => m.GetProperty("path").GetString()));
        Assert.Equal(2, shown.GetProperty("open_tasks").GetArrayLength());
    }

    [Fact]
    public void Show_of_a_company_finds_its_account_meetings_and_unknown_names_fail()
    {
        var acme = CliRunner.Run("show", "acme corp", "--vault", vault.Root);
        var nobody = CliRunner.Run("show", "Nobody", "--vault", vault.Root);

        Assert.Contains("Acme kickoff", acme.Stdout);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("no person, company or project named 'Nobody'", nobody.Stderr);
    }

    [Fact]
    public void Show_prints_the_meeting_link_after_a_fact_as_its_date_and_json_keeps_the_line()
    {
        vault.Write(TestVault.Priya, TestVault.Entity("people", "Priya Raman", "2025-11-17", ["Priya"], string.Empty,
            "- Priya runs ML infrastructure at Acme. ([[2025-11-03 - Acme kickoff|2025-11-03]])"));

        var human = CliRunner.Run("show", "Priya", "--vault", vault.Root).Stdout;
        var json = JsonDocument.Parse(CliRunner.Run("show", "Priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Contains("- Priya runs ML infrastructure at Acme. (2025-11-03)", human, StringComparison.Ordinal);
        Assert.Equal("Priya runs ML infrastructure at Acme. ([[2025-11-03 - Acme kickoff|2025-11-03]])", json.GetProperty("key_facts")[0].GetString());
    }

    [Fact]
    public void Show_prints_the_notes_profile_so_an_email_there_is_not_hidden_behind_no_key_facts()
    {
        var note = TestVault.Entity("people", "Priya Raman", "2025-11-17", ["Priya"], string.Empty, string.Empty).Replace(
            "## Profile\n",
            "## Profile\n\n- **Role**: head of ML at [[Acme Corp|Acme]] ([[2025-11-03 - Acme kickoff|2025-11-03]])\n- **Email**: priya@acme.example ([[2025-11-03 - Acme kickoff|2025-11-03]])\n",
            StringComparison.Ordinal);
        vault.Write(TestVault.Priya, note);

        var human = CliRunner.Run("show", "Priya", "--vault", vault.Root).Stdout;
        var json = JsonDocument.Parse(CliRunner.Run("show", "Priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Contains("Profile:\n- Role: head of ML at Acme (2025-11-03)\n- Email: priya@acme.example (2025-11-03)\n", human.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("profile").GetArrayLength());
        Assert.StartsWith("**Email**: priya@acme.example", json.GetProperty("profile")[1].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_meeting_that_only_mentions_someone_is_not_a_contact()
    {
        vault.Write("Meetings/Internal/2025-11-19 - Team sync.md", TestVault.Meeting("Team sync", "2025-11-19", string.Empty, ["Jason Vallery"],
            "We talked about [[Tom Becker]] and his storage plans.", [], [], []));

        var tom = Json("people").Single(r => r.GetProperty("name").GetString() == "Tom Becker");
        var shown = JsonDocument.Parse(CliRunner.Run("show", "Tom Becker", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal("2025-09-01", tom.GetProperty("last_contact").GetString());
        Assert.Equal("2025-09-01", shown.GetProperty("last_contact").GetString());
        Assert.Contains("Team sync", shown.GetProperty("recent_meetings").EnumerateArray().Select(m => m.GetProperty("title").GetString()));
    }

    [Fact]
    public void A_participant_whose_name_is_not_ascii_is_matched_whatever_its_case()
    {
        // SQLite's lower() folds ASCII only: 'ÓLAFUR' and 'Ólafur' never met the name key the index stores.
        vault.Write("People/Ólafur Arnalds.md", TestVault.Entity("people", "Ólafur Arnalds", string.Empty, [], string.Empty, string.Empty));
        vault.Write("Meetings/Acme/2025-11-18 - Acme tour.md", TestVault.Meeting("Acme tour", "2025-11-18", "Acme", ["ÓLAFUR ARNALDS"], "A tour.", [], [], []));

        var olafur = Json("people").Single(r => r.GetProperty("name").GetString() == "Ólafur Arnalds");
        var shown = JsonDocument.Parse(CliRunner.Run("show", "Ólafur Arnalds", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal("2025-11-18", olafur.GetProperty("last_contact").GetString());
        Assert.Equal("2025-11-18", shown.GetProperty("last_contact").GetString());
    }

    private List<JsonElement> Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--vault", vault.Root, "--json"]);
        Assert.Equal(0, result.ExitCode);
        return [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()];
    }
}
