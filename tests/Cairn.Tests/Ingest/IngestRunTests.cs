using Cairn.Commit;
using Cairn.Ingest;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Ingest;

public sealed class IngestRunTests
{
    private const string Kickoff = "Kickoff\nDate: 2025-11-03\n\nHannah Okafor: Welcome everyone.\nJason Vallery: I'll ask Marcus to join the pricing call.\nHannah Okafor: We decided to run a pilot.\n";
    private const string OneOnOne = "1-1\nDate: 2025-11-14\n\nMarcus Lee: I'll prepare the revised quote by Friday.\nJason Vallery: Thanks Marcus.\n";

    [Fact]
    public void A_first_name_mentioned_before_the_full_name_appears_in_the_same_run_links_to_that_person()
    {
        using var vault = new IngestFixture();

        vault.Ingest(vault.Drop("a.txt", Kickoff), vault.Drop("b.txt", OneOnOne));

        Assert.False(vault.Exists("People/Marcus.md"));
        Assert.True(vault.Exists("People/Marcus Lee.md"));
        Assert.Contains("[[Marcus Lee]]", vault.Read(vault.Meeting("2025-11-03 - Kickoff.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_name_two_known_people_share_gets_no_note_and_no_link()
    {
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("a.txt", "Intro\nDate: 2025-11-01\n\nMarcus Lee: Hello.\nMarcus Brown: Hi.\nJason Vallery: Welcome both.\n"));

        vault.Ingest(vault.Drop("b.txt", Kickoff));

        Assert.False(vault.Exists("People/Marcus.md"));
        var meeting = vault.Read(vault.Meeting("2025-11-03 - Kickoff.md"));
        Assert.DoesNotContain("[[Marcus", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_fails_to_commit_never_drops_the_other_sources_entity_updates()
    {
        using var vault = new IngestFixture();
        var first = vault.Drop("a.txt", Kickoff);
        var second = vault.Drop("b.txt", OneOnOne);

        // Mutation 1 writes a.txt's meeting, 2 archives a.txt, 3 writes b.txt's meeting: that one fails.
        var report = vault.Ingest(new FaultyFileSystem(3, Fault.IoError), first, second);

        Assert.Equal(IngestStatus.Failed, report.Items.Single(i => i.Source == second).Status);
        Assert.Equal(IngestStatus.Created, report.Items.Single(i => i.Source == first).Status);
        var hannah = vault.Read("People/Hannah Okafor.md");
        Assert.Contains("[[2025-11-03 - Kickoff]]", hannah, StringComparison.Ordinal);
        Assert.True(vault.Exists("Inbox/b.txt"));
        Assert.DoesNotContain("2025-11-14", vault.Read("People/Jason Vallery.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_ingest_reads_only_the_meetings_that_changed_since_the_table_was_filled()
    {
        using var vault = new IngestFixture();
        for (var i = 0; i < 12; i++)
        {
            vault.Drop($"m{i}.txt", $"Sync {i}\nDate: 2025-10-{i + 1:D2}\n\nAnn Lee: The cluster has {i} nodes.\nBo Chan: I'll send the plan.\n");
        }

        vault.Ingest(Enumerable.Range(0, 12).Select(i => $"Inbox/m{i}.txt").ToArray());
        vault.Ingest(vault.Drop("x.txt", "Other\nDate: 2025-11-05\n\nCy Diaz: Hello.\nJason Vallery: Hi.\n"));

        var scanned = vault.LastRun!.State.MeetingsScanned;
        vault.Ingest(vault.Drop("y.txt", "Later\nDate: 2025-11-06\n\nAnn Lee: I'll review the numbers.\nJason Vallery: Thanks.\n"));

        Assert.Equal(0, scanned);
        Assert.Equal(0, vault.LastRun!.State.MeetingsScanned);
        var ann = vault.Read("People/Ann Lee.md");
        Assert.Equal(13, ann.Split('\n').Count(l => l.StartsWith("- 2025-", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_table_heals_itself_and_notices_links_a_person_added_by_hand()
    {
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("a.txt", Kickoff));
        vault.Ingest(vault.Drop("c.txt", "Other\nDate: 2025-11-04\n\nCy Diaz: Hello.\nJason Vallery: Hi.\n"));
        var other = vault.Meeting("2025-11-04 - Other.md");
        vault.Write(other, vault.Read(other) + "- [[Hannah Okafor]]\n");
        using (var state = StateStore.Open(Path.Combine(vault.Root, ".cairn", "state.db"), vault.Time))
        {
            state.RemoveMeeting(vault.Meeting("2025-11-03 - Kickoff.md"));
        }

        vault.Ingest(vault.Drop("d.txt", "Third\nDate: 2025-11-05\n\nHannah Okafor: I'll send the figures.\nJason Vallery: Thanks.\n"));

        var hannah = vault.Read("People/Hannah Okafor.md");
        Assert.Contains("[[2025-11-03 - Kickoff]]", hannah, StringComparison.Ordinal);
        Assert.Contains("[[2025-11-04 - Other]]", hannah, StringComparison.Ordinal);
        Assert.Contains("[[2025-11-05 - Third]]", hannah, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undone_meeting_leaves_the_entity_notes_of_later_runs()
    {
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("a.txt", Kickoff));
        vault.Ingest(vault.Drop("b.txt", "Second\nDate: 2025-11-04\n\nHannah Okafor: I'll check the racks.\nJason Vallery: Thanks.\n"));
        Assert.True(new Committer(vault.Paths, vault.Time).UndoLastRun().Undone);
        File.Delete(Path.Combine(vault.Root, "Inbox", "b.txt"));

        vault.Ingest(vault.Drop("c.txt", "Third\nDate: 2025-11-05\n\nHannah Okafor: I'll send the figures.\nJason Vallery: Thanks.\n"));

        var hannah = vault.Read("People/Hannah Okafor.md");
        Assert.DoesNotContain("2025-11-04", hannah, StringComparison.Ordinal);
        Assert.Contains("[[2025-11-05 - Third]]", hannah, StringComparison.Ordinal);
    }
}
