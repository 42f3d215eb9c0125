using Cairn.Index;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Index;

/// <summary>
/// "Took part" is one rule read two ways: the meetings an entity took part in (<see cref="MeetingReads.With"/>:
/// brief's and ask's lists) and the newest of their dates from the indexes alone (<see cref="MeetingReads.LastContact"/>
/// and <c>cairn people</c>). The vault holds every case the two could part on.
/// </summary>
public sealed class MeetingReadsTests
{
    [Theory]
    [InlineData("priya raman", "2025-11-10")] // an attendee by alias; a one-on-one's account; undated; mentioned later
    [InlineData("acme", "2026-02-01")] // the account by alias, and a call outside Meetings/ that lists it as an attendee
    [InlineData("tom becker", "2025-12-01")] // an attendee; his own note lists participants and a newer date
    [InlineData("globex", null)] // mentioned only
    public void The_last_contact_is_the_newest_meeting_the_entity_took_part_in(string key, string? newest)
    {
        using var vault = Vault();
        using var index = vault.OpenIndex();
        index.Refresh();
        var entity = Assert.Single(EntityReads.ByKey(index, key));

        var met = MeetingReads.With(index, entity, 100);

        Assert.Equal(newest, met.Select(m => m.Date).OfType<string>().Max(StringComparer.Ordinal));
        Assert.Equal(newest, MeetingReads.LastContact(index, entity));
        if (entity.Kind == "person")
        {
            Assert.Equal(newest, EntityReads.People(index, "Jason Vallery").Single(p => p.Name == entity.Name).LastContact);
        }
    }

    private static TestVault Vault()
    {
        var vault = new TestVault();
        vault.Write("People/Priya Raman.md", "---\ntype: person\naliases: [Pri]\n---\n# Priya Raman\n");
        vault.Write("People/Tom Becker.md", "---\ntype: person\ndate: 2026-03-01\nparticipants: [Priya Raman, Tom Becker]\n---\n# Tom Becker\n");
        vault.Write("Companies/Acme.md", "---\ntype: company\naliases: [Acme Corp]\n---\n# Acme\n");
        vault.Write("Companies/Globex.md", "---\ntype: company\n---\n# Globex\n");
        vault.Write("Meetings/Acme/2025-11-03 - Kickoff.md", Meeting("2025-11-03", "Acme Corp", "Pri", "Jason Vallery"));
        vault.Write("Meetings/2025-11-10 - One on one.md", Meeting("2025-11-10", "Priya Raman", "Jason Vallery"));
        vault.Write("Meetings/Undated.md", "---\ntype: meeting\nparticipants: [Priya Raman]\n---\n# Undated\n");
        vault.Write("Meetings/2025-12-01 - Sync.md", Meeting("2025-12-01", null, "Tom Becker") + "\n## Related\n\n- [[Priya Raman]]\n- [[Acme]]\n- [[Globex]]\n");
        vault.Write("Calls/2026-02-01 - Call.md", Meeting("2026-02-01", null, "Acme"));
        return vault;
    }

    private static string Meeting(string date, string? account, params string[] participants) =>
        $"---\ntype: customer\ndate: {date}\n{(account is null ? string.Empty : $"account: \"[[{account}]]\"\n")}participants: [{string.Join(", ", participants)}]\n---\n# Meeting\n";
}
