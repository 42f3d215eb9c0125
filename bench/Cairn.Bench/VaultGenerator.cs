using System.Globalization;
using System.Text;

namespace Cairn.Bench;

/// <summary>
/// Writes a synthetic vault in the reference format, deterministic for a seed: meeting notes under
/// <c>Meetings/&lt;Account&gt;/</c> with owned tasks and wikilinks, person notes under <c>People/</c>, company
/// notes under <c>Companies/</c>. Shared by every benchmark that needs a vault.
/// </summary>
public static class VaultGenerator
{
    private static readonly string[] First = ["Ann", "Ben", "Chloe", "Dev", "Eyal", "Farah", "Gus", "Hana", "Ivan", "Jia", "Kofi", "Lior", "Maya", "Noa", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Vik", "Wen", "Yael", "Zoe"];
    private static readonly string[] Last = ["Lee", "Okafor", "Garcia", "Cohen", "Novak", "Tanaka", "Silva", "Berg", "Khan", "Murphy", "Rossi", "Haddad", "Ivanova", "Moreau", "Park", "Quist", "Reyes", "Schmidt", "Tal", "Weiss"];
    private static readonly string[] Syllables = ["ac", "me", "glo", "bex", "ini", "tech", "nova", "dyn", "ar", "ion", "vel", "tra", "sys", "cor", "zen", "lux"];
    private static readonly string[] Verbs = ["Draft", "Review", "Send", "Schedule", "Confirm", "Prepare", "Share", "Follow up on", "Validate", "Summarise"];
    private static readonly string[] Objects = ["the pricing model", "the renewal terms", "the migration plan", "the security questionnaire", "the roadmap deck", "the pilot scope", "the SOW draft", "the capacity forecast", "the onboarding checklist", "the ROI analysis"];
    private static readonly string[] Priorities = [string.Empty, string.Empty, " ⏫", " 🔼", " 🔽", " 🔺"];

    /// <summary>Generates the vault under <paramref name="dir"/> and returns the meeting note paths (absolute).</summary>
    /// <summary>
    /// The vault the index benchmarks share: <paramref name="dir"/>, or <c>cairn-index-bench</c> in the temp folder,
    /// generated with <paramref name="meetings"/> meetings when it holds none yet and reused as it is otherwise.
    /// </summary>
    public static string IndexBenchVault(string? dir, int meetings = 50_000)
    {
        var vault = dir ?? Path.Combine(Path.GetTempPath(), "cairn-index-bench");
        if (!Directory.Exists(Path.Combine(vault, "Meetings")))
        {
            Console.WriteLine($"generating {meetings:N0} meetings in {vault} ...");
            Generate(vault, meetings);
        }

        return vault;
    }

    public static IReadOnlyList<string> Generate(string dir, int meetings = 50_000, int seed = 1)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, Math.Clamp(meetings / 20, 20, 2_000))
            .Select(i => $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}{(i >= First.Length * Last.Length ? " " + (i / (First.Length * Last.Length)) : string.Empty)}")
            .ToArray();
        var accounts = Enumerable.Range(0, Math.Clamp(meetings / 200, 5, 300)).Select(i => AccountName(i, random)).Distinct().ToArray();
        var paths = new List<string>(meetings);
        var start = new DateOnly(2023, 1, 2);
        var utf8 = new UTF8Encoding(false);
        for (var i = 0; i < meetings; i++)
        {
            var account = accounts[random.Next(accounts.Length)];
            var date = start.AddDays(i * 1000 / Math.Max(1, meetings));
            var title = $"{Objects[random.Next(Objects.Length)].Replace("the ", string.Empty, StringComparison.Ordinal)} sync {i:D5}";
            var folder = Path.Combine(dir, "Meetings", account);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{date:yyyy-MM-dd} - {title}.md");
            File.WriteAllText(path, MeetingNote(random, title, date, account, people), utf8);
            paths.Add(path);
        }

        WriteEntities(dir, "People", people, "people", utf8);
        WriteEntities(dir, "Companies", accounts, "company", utf8);
        return paths;
    }

    private static string AccountName(int i, Random random)
    {
        var name = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
        return char.ToUpperInvariant(name[0]) + name[1..] + (i >= 40 ? " " + i.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    private static string MeetingNote(Random random, string title, DateOnly date, string account, string[] people)
    {
        var attendees = Enumerable.Range(0, random.Next(2, 6)).Select(_ => people[random.Next(people.Length)]).Distinct().ToList();
        var d = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slug = account.ToLowerInvariant().Replace(' ', '-');
        var sb = new StringBuilder(4096);
        sb.Append("---\ntype: \"customer\"\ntitle: \"").Append(title).Append("\"\ndate: \"").Append(d).Append("\"\naccount: \"").Append(account)
            .Append("\"\nparticipants: [").AppendJoin(", ", attendees.Select(a => $"\"{a}\"")).Append("]\nsource: \"transcript\"\nsource_ref: \"Inbox/_archive/")
            .Append(d).Append('/').Append(title).Append(".md\"\ntags:\n  - \"type/customer\"\n  - \"account/").Append(slug).Append("\"\n  - \"generated\"\n---\n\n# ")
            .Append(title).Append("\n\n**Date**: ").Append(d).Append("\n**Account**: [[").Append(account).Append("]]\n**Attendees**: ").AppendJoin(", ", attendees)
            .Append("\n\n## Summary\n\n");
        for (var s = 0; s < 3; s++)
        {
            sb.Append("The team discussed ").Append(Objects[random.Next(Objects.Length)]).Append(" with ").Append(attendees[random.Next(attendees.Count)])
                .Append(" and agreed on next steps for ").Append(account).Append(", including timelines, owners and open risks. ");
        }

        sb.Append("\n## Action Items\n");
        for (var t = random.Next(3, 9); t > 0; t--)
        {
            var owner = random.Next(3) == 0 ? "Myself" : attendees[random.Next(attendees.Count)];
            sb.Append("- [").Append(random.Next(5) == 0 ? 'x' : ' ').Append("] ").Append(Verbs[random.Next(Verbs.Length)]).Append(' ').Append(Objects[random.Next(Objects.Length)])
                .Append(" for [[").Append(account).Append("]]. @").Append(owner).Append(Priorities[random.Next(Priorities.Length)]);
            if (random.Next(2) == 0)
            {
                sb.Append(" 📅 ").Append(date.AddDays(random.Next(3, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            sb.Append(" #task\n");
        }

        sb.Append("\n## Decisions\n- Proceed with ").Append(Objects[random.Next(Objects.Length)]).Append(".\n- Revisit ").Append(Objects[random.Next(Objects.Length)])
            .Append(" next quarter.\n\n## Key Information\n- Budget owner is ").Append(attendees[0]).Append(".\n- Decision expected within ").Append(random.Next(2, 9))
            .Append(" weeks.\n\n---\n\n*Source: [[Inbox/_archive/").Append(d).Append('/').Append(title).Append(".md|").Append(title).Append("]]*\n\n## Related\n\n");
        foreach (var a in attendees)
        {
            sb.Append("- [[").Append(a).Append("]]\n");
        }

        return sb.Append("- [[").Append(account).Append("]]\n").ToString();
    }

    private static void WriteEntities(string dir, string folder, string[] names, string type, UTF8Encoding utf8)
    {
        Directory.CreateDirectory(Path.Combine(dir, folder));
        foreach (var name in names)
        {
            var text = $"---\ntype: {type}\ntitle: {name}\ncreated: '2025-01-01'\ntags:\n- type/{type}\n- generated\n---\n\n# {name}\n\n## Recent Context\n\n## Profile\n\n## Open Tasks\n\n## Key Facts\n\n## Related\n";
            File.WriteAllText(Path.Combine(dir, folder, name + ".md"), text, utf8);
        }
    }
}
