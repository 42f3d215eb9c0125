using System.Globalization;
using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// Issue #15's measure: a generated vault of 200 meetings the way a sales engineer's week makes them (five accounts,
/// two customers' meetings every day, a colleague on most calls, the owner's recap emails, undated exports, Markdown
/// notes with checkboxes, transcripts), ingested in one run and checked by counts: no meeting lost or merged, no
/// year-1 date, no colleague on a customer's side, every checkbox a task, every recap merged into its meeting.
/// </summary>
public sealed class TwoHundredMeetingsTests : IDisposable
{
    private const int Meetings = 200;

    private static readonly string[] Accounts = ["Northwind", "Contoso", "Fabrikam", "Globex", "Initech"];

    private static readonly string[][] Customers =
    [
        ["Priya Raman", "Kenji Sato"], ["Lena Park", "Omar Haddad"], ["Hannah Okafor", "Luis Romero"], ["Maria Gonzalez", "Sam Oneill"], ["Dana Whitfield", "Alex Chen"],
    ];

    private static readonly string[] Topics = ["weekly check-in", "pricing call", "pilot review", "security review", "roadmap briefing"];

    private static readonly DateOnly First = new(2026, 3, 2);

    private readonly TempDirectory vault = new();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Two_hundred_meetings_become_two_hundred_notes_with_their_dates_tasks_and_sides()
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);
        File.AppendAllText(System.IO.Path.Combine(vault.Path, ".cairn", "config.yaml"),
            "\norganization:\n  name: Lumen\n  domains: [lumen.example]\n  colleagues: [Tom Becker]\n");
        var expected = Enumerable.Range(0, Meetings).Select(Drop).ToList();

        var result = CliRunner.Run("ingest", "--vault", vault.Path, "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var items = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        var recaps = expected.Count(m => m.Recap);
        Assert.Equal(Meetings + recaps, items.Count);
        Assert.Equal(Meetings, items.Count(i => i.GetProperty("status").GetString() == "created"));
        Assert.Equal(recaps, items.Count(i => i.GetProperty("status").GetString() == "updated"));

        var notes = Directory.GetFiles(System.IO.Path.Combine(vault.Path, "Meetings"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        // No meeting lost or merged: one note per meeting, each with its own title, date and account.
        Assert.Equal(Meetings, notes.Count);
        foreach (var meeting in expected)
        {
            var note = Assert.Single(notes, n => n.Contains($"title: \"{meeting.Title}\"\n", StringComparison.Ordinal));
            Assert.Contains($"date: \"{meeting.Date:yyyy-MM-dd}\"\n", note, StringComparison.Ordinal);
            Assert.Contains($"account: \"[[{meeting.Account}]]\"\n", note, StringComparison.Ordinal);
            Assert.Equal(meeting.Checkboxes, note.Split('\n').Count(l => l.StartsWith("- [ ] ", StringComparison.Ordinal) && l.Contains("checklist item", StringComparison.Ordinal)));
        }

        var all = Directory.GetFiles(vault.Path, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.DoesNotContain(all, n => n.Contains("0001-01-0", StringComparison.Ordinal));
        Assert.Equal(Accounts.Order(StringComparer.Ordinal), Directory.GetFiles(System.IO.Path.Combine(vault.Path, "Companies"), "*.md").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        foreach (var account in Accounts)
        {
            var company = File.ReadAllText(System.IO.Path.Combine(vault.Path, "Companies", account + ".md"));
            Assert.DoesNotContain("Tom Becker", company.Split("## Profile")[1].Split("\n## ")[0], StringComparison.Ordinal);
        }
    }

    /// <summary>Writes meeting <paramref name="i"/> (and its recap email, for some) to the Inbox in the form its number picks.</summary>
    private Meeting Drop(int i)
    {
        var account = i % Accounts.Length;
        var (name, customer, other) = (Accounts[account], Customers[account][0], Customers[account][1]);
        var date = First.AddDays(i / 2);
        var meeting = new Meeting($"{name} {Topics[i / 2 % Topics.Length]} {i + 1}", name, date, i % 10 == 7 ? 2 : 0, i % 10 == 3);
        var withColleague = i % 4 != 0;
        var lines = new List<(string Speaker, string Text)>
        {
            (customer, $"Thanks for joining. {name} wants the pilot to start in {(i % 2 == 0 ? "May" : "June")}."),
            ("Jason Vallery", $"I'll send the {name} sizing {i + 1} by Monday."),
            (other, $"We decided to extend the {name} pilot by {(i % 5) + 1} weeks."),
        };
        if (withColleague)
        {
            lines.Insert(1, ("Tom Becker", $"I'll send the {name} order form by Friday."));
        }

        var (file, text) = (i % 10) switch
        {
            6 => ($"{meeting.Title} {date:yyyy-MM-dd}.vtt", Vtt(lines)),
            7 => ($"{date:yyyy-MM-dd} - {meeting.Title}.md", Markdown(meeting, lines)),
            8 => ($"{meeting.Title}.txt", Otter(lines)),
            _ => ($"{date:yyyy-MM-dd} - {meeting.Title}.txt", $"{meeting.Title}\n\n" + string.Concat(lines.Select(l => $"{l.Speaker}: {l.Text}\n"))),
        };
        var path = System.IO.Path.Combine(vault.Path, "Inbox", file);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, date.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc));
        if (meeting.Recap)
        {
            File.WriteAllText(System.IO.Path.Combine(vault.Path, "Inbox", $"{date:yyyy-MM-dd} - Recap {meeting.Title}.eml"), Recap(meeting, customer, other));
        }

        return meeting;
    }

    private static string Vtt(List<(string Speaker, string Text)> lines) =>
        "WEBVTT\n\n" + string.Concat(lines.Select((l, n) => $"00:00:{n * 5:00}.000 --> 00:00:{(n * 5) + 4:00}.000\n<v {l.Speaker}>{l.Text}\n\n"));

    private static string Otter(List<(string Speaker, string Text)> lines) =>
        string.Concat(lines.Select((l, n) => $"{l.Speaker}  0:{n * 10:00}\n{l.Text}\n\n"));

    private static string Markdown(Meeting meeting, List<(string Speaker, string Text)> lines) =>
        $"# {meeting.Title}\n\nAttendees: {string.Join(", ", lines.Select(l => l.Speaker).Distinct())}\n\n"
        + string.Concat(lines.Select(l => $"- {l.Speaker}: {l.Text}\n"))
        + $"\n## Action items\n\n- [ ] {lines[0].Speaker}: send the first checklist item by Friday\n- [ ] {lines[^1].Speaker}: send the second checklist item by Friday\n";

    private static string Recap(Meeting meeting, string customer, string other)
    {
        var sent = meeting.Date.ToDateTime(new TimeOnly(17, 30), DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        return $"From: Jason Vallery <jason.vallery@lumen.example>\nTo: {customer} <{Mail(customer, meeting.Account)}>, {other} <{Mail(other, meeting.Account)}>\n"
            + $"Subject: Recap: {meeting.Title}\nDate: {sent}\n\nHi all,\n\nThanks for the time today. As agreed, I'll send the {meeting.Account} sizing by Monday.\n\nBest,\nJason\n";
    }

    private static string Mail(string person, string account) => $"{person.ToLowerInvariant().Replace(' ', '.')}@{account.ToLowerInvariant()}.example";

    private sealed record Meeting(string Title, string Account, DateOnly Date, int Checkboxes, bool Recap);
}
