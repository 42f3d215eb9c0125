using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Tests.Synthesis;

/// <summary>The task lines Cairn writes are the Tasks plugin's lines: the plugin's field order and emoji, read back by the plugin's parser.</summary>
public sealed class TaskTextTests
{
    [Fact]
    public void Writes_the_plugins_field_order_then_the_tag()
    {
        var line = TaskText.Format("Draft the pricing\nwrite-up", TaskOwner.Myself, TaskPriority.High, new DateOnly(2025, 11, 7), done: false, "[[2025-11-05 Acme]]", "task");

        Assert.Equal("- [ ] Draft the pricing write-up @Myself [[2025-11-05 Acme]] ⏫ 📅 2025-11-07 #task", line);
        Assert.True(TaskLine.TryParse(line, out var parsed));
        Assert.Equal(TaskPriority.High, parsed.Priority);
        Assert.Equal(new DateOnly(2025, 11, 7), parsed.Due);
        Assert.Equal(["#task"], parsed.Tags);
    }

    [Theory]
    [InlineData(TaskPriority.None)]
    [InlineData(TaskPriority.Lowest)]
    [InlineData(TaskPriority.Low)]
    [InlineData(TaskPriority.Medium)]
    [InlineData(TaskPriority.High)]
    [InlineData(TaskPriority.Highest)]
    public void A_meeting_task_reads_back_as_written(TaskPriority priority)
    {
        var line = TaskText.Format("Send the plan @ noon", "Priya Raman", priority, new DateOnly(2025, 11, 14), done: true, link: null, "task");

        Assert.Equal(new MeetingTask("Send the plan @ noon", "Priya Raman", false, priority, new DateOnly(2025, 11, 14), Done: true), MeetingNoteReader.ParseTask(line, "Ann")! with { Written = null });
        Assert.Equal(line, MeetingNoteReader.ParseTask(line, "Ann")!.Written);
    }

    [Fact]
    public void The_owner_mention_Myself_is_the_vault_owner()
    {
        var line = TaskText.Format("Book the room", TaskOwner.Myself, TaskPriority.None, null, done: false, "[[2025-11-05 Acme]]", tag: null);

        Assert.Equal(new MeetingTask("Book the room", "Ann", true, TaskPriority.None, null), MeetingNoteReader.ParseTask(line, "Ann")! with { Written = null });
    }
}
