using Cairn.Index;
using Cairn.Vault;

namespace Cairn.Tests.Fakes;

/// <summary>A small vault in the reference format written into a temp folder: two accounts, people, meetings, tasks.</summary>
internal sealed class TestVault : IDisposable
{
    public const string AcmeKickoff = "Meetings/Acme/2025-11-03 - Acme kickoff.md";
    public const string AcmeCheckIn = "Meetings/Acme/2025-11-17 - Acme check-in.md";
    public const string GlobexCall = "Meetings/Globex/2025-09-01 - Globex intro.md";
    public const string Priya = "People/Priya Raman.md";

    public TempDirectory Dir { get; } = new();

    public string Root => Dir.Path;

    public static TestVault Standard()
    {
        var vault = new TestVault();
        vault.Write(".cairn/config.yaml", "owner: Jason Vallery\n");
        vault.Write(AcmeKickoff, Meeting("Acme kickoff", "2025-11-03", "Acme", ["Priya Raman", "Jason Vallery"],
            "Acme wants a three-week pilot of the storage platform replacing NetApp.",
            ["- [ ] Send the pilot plan to Priya @Myself ⏫ 📅 2025-11-10 #task", "- [ ] Share the cluster sizes @Priya Raman 📅 2025-11-12 #task"],
            ["Run the pilot for three weeks."],
            ["Acme must keep data on premises.", "What budget does Acme have for next year?"]));
        vault.Write(AcmeCheckIn, Meeting("Acme check-in", "2025-11-17", "Acme", ["Priya Raman", "Jason Vallery"],
            "Week one of the pilot went well; checkpoints take two minutes.",
            ["- [ ] Book the architecture review @Priya Raman #task", "- [ ] Review weekly metrics @Myself 🔁 every week 📅 2025-11-24 #task", "- [x] Send the NDA @Myself ✅ 2025-11-18 #task"],
            ["Extend the pilot to the vision team."],
            ["The vision team needs GPU direct storage."]));
        vault.Write(GlobexCall, Meeting("Globex intro", "2025-09-01", "Globex", ["Tom Becker"],
            "First call with Globex about backup tiers.",
            ["- [ ] Send Globex the pricing sheet @Myself #task"],
            [],
            ["Globex requires SOC 2 before a pilot."]));
        vault.Write(Priya, Entity("people", "Priya Raman", "2025-11-17", ["Priya"],
            "- [ ] Share the cluster sizes @Priya Raman [[2025-11-03 - Acme kickoff]] 📅 2025-11-12\n- [ ] Book the architecture review @Priya Raman [[2025-11-17 - Acme check-in]]",
            "- Priya runs ML infrastructure at Acme."));
        vault.Write("People/Tom Becker.md", Entity("people", "Tom Becker", "2025-09-01", [], string.Empty, "- Tom buys storage for Globex."));
        vault.Write("Companies/Acme.md", Entity("company", "Acme", "2025-11-17", ["Acme Corp"], string.Empty, "- Acme builds robots."));
        vault.Write("Companies/Globex.md", Entity("company", "Globex", "2025-09-01", [], string.Empty, string.Empty));
        return vault;
    }

    public static string Meeting(string title, string date, string account, string[] participants, string summary, string[] tasks, string[] decisions, string[] info) =>
        $"""
        ---
        type: "customer"
        title: "{title}"
        date: "{date}"
        account: "{account}"
        participants: [{string.Join(", ", participants.Select(p => $"\"{p}\""))}]
        source: "transcript"
        tags:
          - "type/customer"
        ---

        # {title}

        **Date**: {date}
        **Account**: [[{account}]]

        ## Summary

        {summary}

        ## Action Items
        {string.Join("\n", tasks)}

        ## Decisions
        {string.Join("\n", decisions.Select(d => "- " + d))}

        ## Key Information
        {string.Join("\n", info.Select(d => "- " + d))}

        ## Related

        {string.Join("\n", participants.Append(account).Select(p => $"- [[{p}]]"))}

        """;

    public static string Entity(string type, string name, string lastContact, string[] aliases, string openTasks, string facts) =>
        $"""
        ---
        type: {type}
        title: {name}
        aliases: [{string.Join(", ", aliases)}]
        last_contact: '{lastContact}'
        created: '2025-01-01'
        tags:
        - type/{type}
        ---

        # {name}

        ## Recent Context

        ## Profile

        ## Open Tasks

        {openTasks}

        ## Key Facts

        {facts}

        ## Topics

        Storage pilot, pricing

        ## Key Decisions

        ## Related

        """;

    public void Write(string path, string text)
    {
        var full = Dir.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string path) => File.ReadAllText(Dir.Combine(path.Split('/')));

    public VaultIndex OpenIndex() => VaultIndex.Open(Root, VaultLayout.Default);

    public void Dispose() => Dir.Dispose();
}
