using Cairn.Queries;

namespace Cairn.Tests.Queries;

public sealed class PassageScoreTests
{
    [Theory]
    [InlineData("run", "runs", true)]
    [InlineData("runs", "run", true)]
    [InlineData("box", "boxes", true)]
    [InlineData("pilot", "pilots", true)]
    [InlineData("evaluate", "evaluating", true)]
    [InlineData("gpu", "gpus", true)]
    [InlineData("not", "notes", false)]
    [InlineData("bus", "buses", true)]
    [InlineData("is", "its", false)]
    [InlineData("as", "ass", false)]
    [InlineData("run", "rune", false)]
    [InlineData("run", "running", false)]
    [InlineData("cat", "cast", false)]
    [InlineData("note", "notebook", false)]
    public void Words_are_the_same_when_equal_plural_or_of_one_opening(string a, string b, bool same) =>
        Assert.Equal(same, PassageScore.Same(a, b));
}
