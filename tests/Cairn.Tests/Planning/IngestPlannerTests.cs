using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Planning;
using Cairn.Resolution;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Tests.Planning;

public sealed class IngestPlannerTests
{
    private const string Owner = "Jason Vallery";
    private static readonly DateOnly Day = new(2025, 11, 12);

    [Fact]
    public void Routes_a_customer_meeting_under_its_account_and_archives_by_date()
    {
        var plan = IngestPlanner.Plan(Source("Inbox/kickoff.txt"), Extract("POC kickoff", "Northwind Robotics"), Vault());

        Assert.Equal("Meetings/Northwind Robotics/2025-11-12 - POC kickoff.md", plan.Change.Notes[0].Path);
        Assert.Equal(new FileMove("Inbox/kickoff.txt", "Inbox/_archive/2025-11-12/kickoff.txt"), plan.Change.Archive);
        Assert.Contains(plan.Entities, e => e.Path == "Companies/Northwind Robotics.md");
        Assert.Contains(plan.Entities, e => e.Path == "People/Priya Raman.md");
    }

    [Fact]
    public void A_one_on_one_account_that_is_an_attendee_is_a_person()
    {
        var plan = IngestPlanner.Plan(Source("Inbox/1-1.txt"), Extract("1:1", "Priya Raman"), Vault());

        Assert.Contains(plan.Entities, e => e.Path == "People/Priya Raman.md");
        Assert.DoesNotContain(plan.Entities, e => e.Path.StartsWith("Companies/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_source_of_the_same_meeting_updates_the_first_note()
    {
        var first = IngestPlanner.Plan(Source("Inbox/a.txt"), Extract("POC kickoff", "Northwind Robotics"), Vault());
        var vault = Vault(sameDay: [first.Meeting], taken: [first.Change.Notes[0].Path]);
        var recap = Extract("Recap: POC kickoff", "Northwind Robotics") with
        {
            ActionItems = [new ActionItem("Book the staging cluster", "Priya Raman", null, TaskPriority.None, new Evidence("x"))],
        };

        var second = IngestPlanner.Plan(Source("Inbox/b.eml"), recap, vault);

        Assert.Equal(NoteChangeKind.Update, second.Change.Notes[0].Kind);
        Assert.Equal(first.Change.Notes[0].Path, second.Change.Notes[0].Path);
        Assert.Equal(2, second.Meeting.Tasks.Count);
    }

    [Fact]
    public void A_merged_duplicate_keeps_the_first_source_ref_and_lists_every_source_once()
    {
        var first = IngestPlanner.Plan(Source("Inbox/a.txt"), Extract("POC kickoff", "Northwind Robotics"), Vault());
        var recap = Extract("Recap: POC kickoff", "Northwind Robotics");
        var second = IngestPlanner.Plan(Source("Inbox/b.eml"), recap, Vault(sameDay: [first.Meeting], taken: [first.Change.Notes[0].Path]));
        var third = IngestPlanner.Plan(Source("Inbox/b.eml"), recap, Vault(sameDay: [second.Meeting], taken: [first.Change.Notes[0].Path, second.Change.Archive!.To]));

        var text = second.Change.Notes[0].Content;
        Assert.Contains("source_ref: \"Inbox/_archive/2025-11-12/a.txt\"", text, StringComparison.Ordinal);
        Assert.Contains("*Source: [[Inbox/_archive/2025-11-12/a.txt|a]], [[Inbox/_archive/2025-11-12/b.eml|b]]*", text, StringComparison.Ordinal);
        Assert.Equal(["Inbox/_archive/2025-11-12/a.txt", "Inbox/_archive/2025-11-12/b.eml"], second.Meeting.AllSources);
        Assert.Equal(["Inbox/_archive/2025-11-12/a.txt", "Inbox/_archive/2025-11-12/b.eml", "Inbox/_archive/2025-11-12/b (2).eml"], third.Meeting.AllSources);
    }

    [Fact]
    public void A_different_meeting_on_the_same_day_gets_its_own_note()
    {
        var first = IngestPlanner.Plan(Source("Inbox/a.txt"), Extract("POC kickoff", "Northwind Robotics"), Vault());
        var other = Extract("Budget planning", null) with { Participants = ["Alex Chen", "Maria Gonzalez"], Summary = "Quarterly budget numbers." };

        var second = IngestPlanner.Plan(Source("Inbox/b.txt"), other, Vault(sameDay: [first.Meeting]));

        Assert.Equal(NoteChangeKind.Create, second.Change.Notes[0].Kind);
        Assert.Equal("Meetings/Internal/2025-11-12 - Budget planning.md", second.Change.Notes[0].Path);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("CON")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j")]
    [InlineData("[[x]] #^|")]
    [InlineData("---")]
    public void Hostile_names_make_safe_paths_and_matching_links(string hostile)
    {
        var extract = Extract(hostile, hostile) with { Participants = [hostile, Owner] };

        var plan = IngestPlanner.Plan(Source($"Inbox/{SafeName.For(hostile)}.txt"), extract, Vault());

        foreach (var path in plan.Change.Notes.Select(n => n.Path).Concat(plan.Entities.Select(e => e.Path)).Append(plan.Change.Archive!.To))
        {
            Assert.Null(VaultPaths.CheckRelative(path));
            Assert.DoesNotContain("..", path.Split('/'));
        }

        foreach (var link in plan.Meeting.Related)
        {
            Assert.Contains(plan.Entities, e => Path.GetFileNameWithoutExtension(e.Path) == link);
        }
    }

    [Fact]
    public void A_known_alias_resolves_to_the_existing_note()
    {
        var directory = new EntityDirectory([new KnownNote("People/Mordechai Blaunstein.md", "Mordechai Blaunstein", "Mordechai Blaunstein", EntityKind.Person, ["Morty"], new DateOnly(2025, 1, 1))]);
        var extract = ExtractResolver.Resolve(Extract("Sync", null) with { Participants = ["Morty", "me"] }, directory, Owner);

        Assert.Equal(["Mordechai Blaunstein", Owner], extract.Participants);
    }

    private static IngestSource Source(string path) =>
        new(path, "hash-" + path, new SourceDocument(Path.GetFileName(path), "txt", SourceKind.Transcript, "t", Day, [], []));

    private static MeetingExtract Extract(string title, string? account) => new(
        title,
        account is null ? MeetingType.Internal : MeetingType.Customer,
        account,
        Day,
        ["Priya Raman", Owner],
        "Northwind wants a three-week storage POC for its training cluster.",
        [new ActionItem("Send the POC plan", Owner, null, TaskPriority.High, new Evidence("I'll send the POC plan"))],
        [new Decision("Run the POC for three weeks", new Evidence("three weeks"))],
        [],
        [],
        []);

    private static VaultLookup Vault(IReadOnlyList<MeetingNoteView>? sameDay = null, IReadOnlyList<string>? taken = null) => new(
        CairnConfig.Default with { Owner = Owner },
        Owner,
        new EntityDirectory([]),
        _ => sameDay ?? [],
        p => taken?.Contains(p) == true,
        s => taken?.Any(t => Path.GetFileNameWithoutExtension(t) == s) == true);
}
