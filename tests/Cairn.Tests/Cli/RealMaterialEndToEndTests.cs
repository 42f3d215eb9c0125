using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>What a new user's own exports do on the first day (issue #15): each test starts from a source that broke.</summary>
public sealed class RealMaterialEndToEndTests : IDisposable
{
    private const string Sizing = "From: Priya Raman <priya.raman@northwind.example>\nTo: Jason Vallery <jason@lumen.example>\nSubject: Sizing questions\nDate: Mon, 16 Nov 2026 09:00:00 +0000\n\nHi Jason,\n\nKenji will send the rack diagram by Friday.\n\nBest,\nPriya\n";

    private const string KenjiKickoff = "Northwind kickoff\n\nPriya Raman: We want the pilot.\nKenji Sato: I will send the rack plan by Friday.\n";

    private static readonly DateTime FileTime = new(2026, 11, 17, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempDirectory vault = new();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void An_undated_otter_export_with_a_due_day_is_dated_by_the_file_time_and_the_run_says_so()
    {
        Init();
        Drop("Otter export.txt",
            "Priya Raman  0:00\nWe need the sizing before the QBR.\n\nJason Vallery  0:12\nI'll send the sizing at the QBR on December 3rd.\n\nPriya Raman  0:20\nAnd I will review it tomorrow.\n");

        var result = CliRunner.Run("ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Otter export.txt -> created: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("dated 2026-11-17 from the file's time", result.Stdout, StringComparison.Ordinal);
        var note = Assert.Single(MeetingNotes());
        Assert.StartsWith("2026-11-17 - ", Path.GetFileName(note), StringComparison.Ordinal);
        var text = File.ReadAllText(note);
        Assert.Contains("date: \"2026-11-17\"", text, StringComparison.Ordinal);
        Assert.Contains("2026-12-03", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0001-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_and_ingest_agree_on_the_date_of_an_undated_source()
    {
        Init();
        var path = Drop("Otter export.txt", "Priya Raman  0:00\nHello there.\n\nJason Vallery  0:12\nI'll send the deck tomorrow.\n");

        var inspect = CliRunner.Run("inspect", path, "--json");

        Assert.Contains("\"date\": \"2026-11-17\"", inspect.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"date_from\": \"file-time\"", inspect.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GMT20261103-150210_Recording.transcript.vtt", "2026-11-03")]
    [InlineData("Northwind weekly check-in 2026-11-04.vtt", "2026-11-04")]
    public void A_date_in_the_name_dates_the_meeting_and_leaves_the_title(string fileName, string date)
    {
        Init();
        Drop(fileName, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Priya Raman>We need the Northwind sizing.\n\n00:00:05.000 --> 00:00:09.000\n<v Jason Vallery>I'll send the Northwind sizing by Friday.\n");

        var result = CliRunner.Run("ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"dated {date} from the file name", result.Stdout, StringComparison.Ordinal);
        var note = Assert.Single(MeetingNotes());
        Assert.StartsWith(date + " - ", Path.GetFileName(note), StringComparison.Ordinal);
        Assert.DoesNotContain(date, Path.GetFileName(note)[10..], StringComparison.Ordinal);
        Assert.DoesNotContain("GMT", Path.GetFileName(note), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zoom_recording_named_by_its_time_alone_makes_no_company_of_untitled()
    {
        Init();
        Drop("GMT20261130-160000_Recording.transcript.vtt", "WEBVTT\n\n00:00:02.000 --> 00:00:08.000\n<v Jason Vallery>Thanks for making time, Tomas.\n\n00:00:09.000 --> 00:00:16.000\n<v Tomas Berg>Happy to. The warehouse scanners still run firmware 2.1.\n\n00:00:17.000 --> 00:00:25.000\n<v Jason Vallery>I'll send you the scanner upgrade guide by Wednesday.\n");

        var result = CliRunner.Run("ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(vault.Path, "Companies", "Untitled.md")), "a company note named Untitled");
        var note = Assert.Single(MeetingNotes());
        Assert.DoesNotContain("Untitled", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Untitled", File.ReadAllText(note), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_customers_meetings_on_one_day_with_the_same_colleague_stay_two_notes()
    {
        InitWithColleague();
        Drop("2026-11-17 - Northwind weekly check-in.txt",
            "Northwind weekly check-in\n\nPriya Raman: The Northwind pilot cluster is live in Oslo.\nTom Becker: Great, I'll send the Northwind order form by Friday.\nJason Vallery: We decided to extend the Northwind pilot by two weeks.\n");
        Drop("2026-11-17 - Contoso pricing call.txt",
            "Contoso pricing call\n\nLena Park: Contoso needs the price list for the renewal.\nTom Becker: I'll send the Contoso quote tomorrow.\nJason Vallery: Lena, can you confirm the Contoso seat count by Monday?\n");

        var result = CliRunner.Run("ingest", "--vault", vault.Path);
        var brief = CliRunner.Run("brief", "Northwind", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, MeetingNotes().Length);
        Assert.Contains(MeetingNotes(), n => n.Contains("Northwind", StringComparison.Ordinal));
        Assert.Contains(MeetingNotes(), n => n.Contains("Contoso", StringComparison.Ordinal));
        Assert.DoesNotContain("never", brief.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_owners_recap_email_of_a_meeting_updates_that_meeting()
    {
        InitWithColleague();
        Drop("2026-11-17 - Northwind kickoff.txt",
            "Northwind kickoff\n\nPriya Raman: We want the pilot to start in December.\nJason Vallery: I'll send the pilot plan to Priya by Friday.\nTom Becker: I will book the architecture review.\n");
        Drop("Recap Northwind kickoff.eml",
            "From: Jason Vallery <jason@lumen.example>\nTo: Priya Raman <priya.raman@northwind.example>\nCc: Tom Becker <tom.becker@lumen.example>\nSubject: Recap: Northwind kickoff\nDate: Tue, 17 Nov 2026 17:00:00 +0000\n\nHi Priya,\n\nThanks for today. I'll send the pilot plan to Priya by Friday.\n\nBest,\nJason\n");

        var result = CliRunner.Run("ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Recap Northwind kickoff.eml -> updated: ", result.Stdout, StringComparison.Ordinal);
        var note = Assert.Single(MeetingNotes());
        Assert.Single(File.ReadAllLines(note), l => l.Contains("pilot plan", StringComparison.OrdinalIgnoreCase) && l.StartsWith("- [", StringComparison.Ordinal));
        Assert.False(File.Exists(System.IO.Path.Combine(vault.Path, "Companies", "Recap.md")));
    }

    [Fact]
    public void A_colleague_is_never_the_customers_side_and_a_one_on_one_with_one_is_no_account()
    {
        InitWithColleague();
        Drop("2026-11-17 - Northwind weekly check-in.txt",
            "Northwind weekly check-in\n\nPriya Raman: Our team at Northwind needs the sizing.\nTom Becker: We at Lumen need the signed scope. I'll send the Northwind order form by Friday.\nPriya Raman: I'll share the rack plan by Monday.\n");
        Drop("2026-11-18 - 1-1 with Tom.txt", "1-1 with Tom\n\nTom Becker: I'll prepare the forecast by Friday.\nJason Vallery: Thanks Tom.\n");

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
        var brief = CliRunner.Run("brief", "Northwind", "--vault", vault.Path, "--json");

        Assert.Contains("rack plan", Section(brief.Stdout, "they_owe"), StringComparison.Ordinal);
        Assert.DoesNotContain("order form", Section(brief.Stdout, "they_owe"), StringComparison.Ordinal);
        var company = File.ReadAllText(System.IO.Path.Combine(vault.Path, "Companies", "Northwind.md"));
        Assert.DoesNotContain("Tom Becker", company.Split("People met")[1].Split('\n')[0], StringComparison.Ordinal);
        var checkIn = File.ReadAllText(Assert.Single(MeetingNotes(), n => n.Contains("check-in", StringComparison.Ordinal)));
        Assert.Contains("of ours", checkIn, StringComparison.Ordinal);
        Assert.Contains("order form @Tom Becker", checkIn, StringComparison.Ordinal);
        Assert.False(File.Exists(System.IO.Path.Combine(vault.Path, "Companies", "Lumen.md")));
        var oneOnOne = File.ReadAllText(Assert.Single(MeetingNotes(), n => n.Contains("1-1", StringComparison.Ordinal) && n.EndsWith("Tom.md", StringComparison.Ordinal)));
        Assert.Contains("account: \"\"", oneOnOne, StringComparison.Ordinal);
        Assert.DoesNotContain("account/", oneOnOne, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tasks")]
    [InlineData("search", "pilot")]
    [InlineData("people")]
    [InlineData("brief", "Northwind")]
    [InlineData("history")]
    public void Outside_a_vault_a_command_says_so_and_writes_nothing(params string[] args)
    {
        using var elsewhere = new TempDirectory();

        var result = CliRunner.RunIn(elsewhere.Path, args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a Cairn vault", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void In_a_subfolder_of_a_vault_a_query_answers_from_the_vault()
    {
        Init();
        Drop("2026-11-17 - Northwind kickoff.txt", "Northwind kickoff\n\nPriya Raman: We need the pilot.\nJason Vallery: I'll send the pilot plan by Friday.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
        var people = System.IO.Path.Combine(vault.Path, "People");

        var result = CliRunner.RunIn(people, "tasks", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pilot plan", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(System.IO.Path.Combine(people, ".cairn")));
    }

    [Fact]
    public void History_counts_the_sources_of_a_run_not_its_entity_notes()
    {
        Init();
        Drop("2026-11-17 - Northwind kickoff.txt", "Northwind kickoff\n\nPriya Raman: We need the pilot.\nJason Vallery: I'll send the pilot plan by Friday.\n");
        Drop("2026-11-18 - Contoso intro.txt", "Contoso intro\n\nLena Park: Contoso runs 400 GPUs.\nJason Vallery: I'll send the Contoso deck tomorrow.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        var history = CliRunner.Run("history", "--vault", vault.Path, "--json");

        using var runs = System.Text.Json.JsonDocument.Parse(history.Stdout);
        var run = Assert.Single(runs.RootElement.EnumerateArray());
        Assert.Equal(2, run.GetProperty("sources").GetInt32());
        Assert.True(run.GetProperty("created").GetInt32() > 2);
    }

    [Fact]
    public void Each_item_of_obsidian_style_notes_is_its_own_task_with_its_owner_and_due_date()
    {
        Init();
        Drop("2026-11-17 - 1-1 with Marcus.md",
            "# 1:1 with Marcus\n\nAttendees: Marcus Lee, Jason Vallery, Dana Whitfield\n\n## Notes\n- Northwind wants the pilot in December.\n- Budget is approved for 400 GPUs.\n\n"
            + "## Action items\n- [ ] Dana: send the TCO model by Friday\n- [ ] Marcus: book the architecture review by Monday\n- Jason to schedule the review with Priya\n"
            + "- [ ] Follow up on the security questionnaire\n- [x] Share the deck\n");

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        var lines = File.ReadAllLines(Assert.Single(MeetingNotes()));
        var tasks = lines.Where(l => l.StartsWith("- [ ] ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Send the TCO model @Dana Whitfield", StringComparison.Ordinal) && t.Contains("📅 2026-11-20", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Book the architecture review @Marcus Lee", StringComparison.Ordinal) && t.Contains("📅 2026-11-23", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Schedule the review with Priya @Myself", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Follow up on the security questionnaire", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\\#", StringComparison.Ordinal) || l.Contains("## Notes Northwind", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("[[Notes Northwind]]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Budget is approved for 400 GPUs", StringComparison.Ordinal));
        Assert.Contains("\"[[Dana Whitfield]]\"", string.Join('\n', lines), StringComparison.Ordinal); // participants are property links
    }

    [Fact]
    public void Each_bullet_of_an_email_is_its_own_item()
    {
        Init();
        Drop("Next steps.eml",
            "From: Priya Raman <priya.raman@northwind.example>\nTo: Jason Vallery <jason@lumen.example>\nCc: Dana Whitfield <dana@northwind.example>\nSubject: Next steps\nDate: Tue, 17 Nov 2026 17:00:00 +0000\n\nHi Jason,\n\nNext steps from today:\n- Dana to send the TCO model by Friday\n- Jason to schedule the review with our CFO\n\nBest,\nPriya\n");

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        var tasks = File.ReadAllLines(Assert.Single(MeetingNotes())).Where(l => l.StartsWith("- [ ] ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Send the TCO model @Dana Whitfield", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("- [ ] Schedule the review with our CFO @Myself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("People/Priya Raman.md")]
    [InlineData("Companies/Northwind.md")]
    public void Done_on_a_copy_ticks_the_task_and_every_copy_and_a_rebuild_takes_it_out_of_open_tasks_without_a_callout(string copy)
    {
        Init();
        Drop("2026-11-17 - Northwind kickoff.txt",
            "Northwind kickoff\n\nPriya Raman: We want the pilot to start in December.\nPriya Raman: I will send the rack plan by Friday.\nJason Vallery: I will send the pilot plan to Priya by Monday.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
        var line = Array.FindIndex(File.ReadAllLines(System.IO.Path.Combine(vault.Path, copy)), l => l.StartsWith("- [ ] Send the rack plan", StringComparison.Ordinal)) + 1;

        var done = CliRunner.Run("done", $"{copy}:{line}", "--vault", vault.Path);

        Assert.Equal(0, done.ExitCode);
        Assert.Contains("- [x] Send the rack plan", File.ReadAllText(Assert.Single(MeetingNotes())), StringComparison.Ordinal);
        Assert.DoesNotContain("rack plan", CliRunner.Run("tasks", "--vault", vault.Path, "--json").Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(EntityNotes(), n => File.ReadAllText(n).Contains("- [ ] Send the rack plan", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run("rebuild", "--vault", vault.Path).ExitCode);
        Drop("Recap Northwind kickoff.eml",
            "From: Jason Vallery <jason@lumen.example>\nTo: Priya Raman <priya.raman@northwind.example>\nSubject: Recap: Northwind kickoff\nDate: Tue, 17 Nov 2026 17:00:00 +0000\n\nHi Priya,\n\nThanks for today. I will send the pilot plan to Priya by Monday.\n\nBest,\nJason\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        Assert.All(EntityNotes().Concat(MeetingNotes()), n => Assert.DoesNotContain("[!cairn]", File.ReadAllText(n), StringComparison.Ordinal));
        Assert.All(EntityNotes(), n => Assert.DoesNotContain("rack plan @", File.ReadAllText(n), StringComparison.Ordinal));
        Assert.Contains("- [x] Send the rack plan", File.ReadAllText(Assert.Single(MeetingNotes())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_person_note_is_joined_over_two_ingests_not_offered_in_callouts()
    {
        Init();
        var person = System.IO.Path.Combine(vault.Path, "People", "Priya Raman.md");
        File.WriteAllText(person,
            "---\ntags: [customer, northwind]\nrole: VP Infrastructure\n---\n# Priya Raman\n\nVP of Infrastructure at Northwind. Prefers email over calls.\n\n"
            + "## Notes\n- Met at KubeCon 2026, interested in GPU storage.\n- [ ] Send her the KubeCon slides\n\n## Open Tasks\n- [ ] Ask Priya about the Oslo site\n");
        var written = File.ReadAllLines(person).Where(l => l.Length > 0 && l != "---" && !l.StartsWith("tags:", StringComparison.Ordinal)).ToList();
        Drop("2026-11-17 - Northwind kickoff.txt", "Northwind kickoff\n\nPriya Raman: We want the pilot to start in December.\nPriya Raman: I will send the rack plan by Friday.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
        Drop("2026-11-19 - Northwind pricing.txt", "Northwind pricing\n\nPriya Raman: We need the price list.\nPriya Raman: I will confirm the seat count by Monday.\n");
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        var text = File.ReadAllText(person);
        var lines = File.ReadAllLines(person);
        Assert.DoesNotContain("[!cairn]", text, StringComparison.Ordinal);
        Assert.All(written, l => Assert.Contains(l, lines));
        Assert.StartsWith("---\ntags: [customer, northwind, type/people, generated]\nrole: VP Infrastructure\ntype: people\ntitle: Priya Raman\n", text, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l == "---"));
        Assert.Single(lines, l => l == "## Open Tasks");
        Assert.Single(lines, l => l == "## Recent Context");
        Assert.Single(lines, l => l.StartsWith("- [ ] Send the rack plan @Priya Raman", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("- [ ] Confirm the seat count @Priya Raman", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("- **Meetings**: 2,", StringComparison.Ordinal));
        Assert.Contains("last_contact: '2026-11-19'", text, StringComparison.Ordinal);
        Assert.True(lines.Length < 50, $"{lines.Length} lines");
    }

    [Fact]
    public void In_one_run_a_first_name_is_the_one_person_a_later_source_names_in_full()
    {
        Init();
        Drop("a sizing.eml", Sizing);
        Drop("2026-11-17 - Northwind kickoff.txt", KenjiKickoff);

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        Assert.False(File.Exists(System.IO.Path.Combine(vault.Path, "People", "Kenji.md")));
        Assert.Contains("rack diagram @Kenji Sato", File.ReadAllText(System.IO.Path.Combine(vault.Path, "People", "Kenji Sato.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_warns_on_a_first_name_note_beside_the_one_full_name_note_it_may_be()
    {
        Init();
        Drop("a sizing.eml", Sizing);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
        Drop("2026-11-17 - Northwind kickoff.txt", KenjiKickoff);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);

        var check = CliRunner.Run("check", "--vault", vault.Path);

        Assert.Contains("People/Kenji.md:1: warning: first name only: \"Kenji\" may be the person of People/Kenji Sato.md", check.Stdout, StringComparison.Ordinal);
    }

    private static string Section(string json, string key)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty(key).GetRawText();
    }

    private void InitWithColleague()
    {
        Init();
        File.AppendAllText(System.IO.Path.Combine(vault.Path, ".cairn", "config.yaml"),
            "\norganization:\n  name: Lumen\n  domains: [lumen.example]\n  colleagues: [Tom Becker, Aisha Khan]\n");
    }

    private void Init() => Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);

    private string Drop(string name, string text)
    {
        var path = System.IO.Path.Combine(vault.Path, "Inbox", name);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, FileTime);
        return path;
    }

    private string[] EntityNotes() =>
        new[] { "People", "Companies" }.SelectMany(f => Directory.GetFiles(System.IO.Path.Combine(vault.Path, f), "*.md")).ToArray();

    private string[] MeetingNotes() =>
        Directory.GetFiles(System.IO.Path.Combine(vault.Path, "Meetings"), "*.md", SearchOption.AllDirectories);
}
