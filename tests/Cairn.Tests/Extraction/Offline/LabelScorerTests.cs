using Cairn.Bench.Extraction.Scoring;
using Cairn.Extraction;
using Cairn.Notes;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>The scorer behind <c>bench eval</c>: a found task given to another person is told apart from one with no owner (#22).</summary>
public sealed class LabelScorerTests
{
    private static readonly ExpectedSource Labels = new(
        "call.txt", null, null, null, null,
        [new(["send the deck"], "Ana Ruiz"), new(["book the room"], "Ana Ruiz"), new(["draft the contract"], "Ben Okafor"), new(["call legal"], "Ben Okafor")],
        null, null, null);

    [Fact]
    public void Owners_of_found_tasks_are_right_wrong_or_none()
    {
        var score = LabelScorer.Score(Labels, Extract(
            Task("Send the deck to the board", "Ana Ruiz"),
            Task("Book the room for Monday", "Ben Okafor"),
            Task("Draft the contract", null)));

        Assert.Equal(new OwnerTally(Right: 1, Wrong: 1, None: 1), score.Owners);
        Assert.Equal(3, score.Owners.Found);
        Assert.Equal(1.0 / 3, score.Owners.WrongShare, 6);
    }

    [Fact]
    public void Each_extracted_copy_of_a_task_is_judged_and_unmatched_tasks_are_not()
    {
        var score = LabelScorer.Score(Labels, Extract(Task("Call legal", "Ana Ruiz"), Task("call legal today", "Ben Okafor"), Task("Water the plants", "Ana Ruiz")));

        Assert.Equal(new OwnerTally(Right: 1, Wrong: 1, None: 0), score.Owners);
    }

    [Fact]
    public void A_task_matching_two_labels_is_right_with_either_owner()
    {
        var score = LabelScorer.Score(Labels, Extract(Task("Send the deck and call legal", "Ben Okafor")));

        Assert.Equal(new OwnerTally(Right: 1, Wrong: 0, None: 0), score.Owners);
    }

    [Fact]
    public void A_label_that_names_nobody_is_right_only_without_an_owner()
    {
        Assert.Equal(new OwnerTally(1, 0, 0), OwnerTally.Of(null, [string.Empty]));
        Assert.Equal(new OwnerTally(0, 1, 0), OwnerTally.Of("Ana Ruiz", [string.Empty]));
    }

    [Fact]
    public void A_first_name_alone_is_the_labelled_person_and_another_first_name_is_not()
    {
        var score = LabelScorer.Score(Labels, Extract(Task("Send the deck", "Ana"), Task("Book the room", "Ben"), Task("Draft the contract", "Ben Ruiz")));

        Assert.Equal(new OwnerTally(Right: 1, Wrong: 2, None: 0), score.Owners);
        Assert.Equal(1, score.Actions.Found);
        Assert.False(OwnerTally.IsThePerson("Ana Okafor", "Ana Ruiz"));
        Assert.False(OwnerTally.IsThePerson("Ruiz", "Ana Ruiz"));
    }

    private static ActionItem Task(string text, string? owner) => new(text, owner, null, TaskPriority.None, new Evidence(text));

    private static MeetingExtract Extract(params ActionItem[] items) =>
        new("Call", MeetingType.Internal, null, new DateOnly(2026, 12, 7), [], string.Empty, items, [], [], [], []);
}
