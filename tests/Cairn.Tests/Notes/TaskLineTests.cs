using Cairn.Notes;

namespace Cairn.Tests.Notes;

public sealed class TaskLineTests
{
    [Theory]
    [InlineData("- [ ] Draft the write-up @Myself ⏫ #task", "Myself", "Draft the write-up")]
    [InlineData("- [ ] Move people @Jeff Denworth ⏫ #task", "Jeff Denworth", "Move people")]
    [InlineData("- [ ] Send deck 📅 2025-11-10 @Myself #task", "Myself", "Send deck 📅 2025-11-10")]
    [InlineData("- [ ] Mail bob@example.com about it", null, "Mail bob@example.com about it")]
    [InlineData("- [ ] Call @Anna 📅 today #task", "Anna", "Call @Anna 📅 today")]
    [InlineData("- [ ] Send the quote @Luis Romero [[2025-11-03 - Kickoff]] 📅 2025-11-07", "Luis Romero", "Send the quote")]
    [InlineData("- [ ] Send it @Myself [[A]] [[B|b]] #task", "Myself", "Send it")]
    public void Owner_runs_from_the_mention_to_the_first_tag_field_or_end(string line, string? owner, string text)
    {
        Assert.True(TaskLine.TryParse(line, out var task));
        Assert.Equal(owner, task.Owner);
        Assert.Equal(text, task.Text);
    }

    [Fact]
    public void Invalid_dates_are_cut_kept_and_written_back()
    {
        Assert.True(TaskLine.TryParse("- [ ] Fix it 📅 2025-13-45 #task", out var task));
        Assert.Null(task.Due);
        Assert.Equal([new InvalidTaskField(TaskField.Due, "📅", "2025-13-45")], task.InvalidFields);
        Assert.Equal("- [ ] Fix it #task 📅 2025-13-45", task.Format());
    }

    [Theory]
    [InlineData("-[ ] x")]
    [InlineData("- [] x")]
    [InlineData("- [  ] x")]
    [InlineData("plain text")]
    [InlineData("")]
    public void Not_tasks(string line) => Assert.False(TaskLine.TryParse(line, out _));

    [Theory]
    [InlineData(' ', TaskLineStatus.Todo)]
    [InlineData('x', TaskLineStatus.Done)]
    [InlineData('/', TaskLineStatus.InProgress)]
    [InlineData('-', TaskLineStatus.Cancelled)]
    [InlineData('X', TaskLineStatus.Unknown)]
    [InlineData('?', TaskLineStatus.Unknown)]
    public void Every_status_character_makes_a_task(char status, TaskLineStatus expected)
    {
        Assert.True(TaskLine.TryParse($"- [{status}] thing", out var task));
        Assert.Equal(expected, task.Status);
        Assert.Equal(status, task.StatusChar);
    }

    [Fact]
    public void Hard_break_survives_a_rewrite()
    {
        Assert.True(TaskLine.TryParse("- [ ] thing ⏫  ", out var task));
        Assert.Equal("- [ ] thing ⏫  ", task.Format());
    }
}
