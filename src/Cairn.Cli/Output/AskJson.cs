using Cairn.Queries;
using Cairn.Synthesis;

namespace Cairn.Cli.Output;

/// <summary>
/// DESIGN.md's <c>ask</c> shape: <c>{question, answer, model, citations: [{n, path, line, date, speaker, quote}],
/// tasks, passages}</c>, written by <c>cairn ask --json</c> and returned by the MCP <c>ask</c> tool. Citations are
/// the sources the answer shows; passages every passage retrieved, numbered as the answer cites them; tasks the
/// structured answer's tasks (the JSON task shape).
/// </summary>
internal sealed record AskJson(
    string Question,
    string Answer,
    string? Model,
    IReadOnlyList<AskJson.Citation> Citations,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<AskJson.Passage> Passages,
    long? InputTokens)
{
    public static AskJson From(AskAnswer answer, DateOnly today)
    {
        var result = answer.Result;
        return new AskJson(
            result.Question.Text,
            answer.Text,
            answer.Model,
            [.. answer.Sources.Select(c => new Citation(c.N, c.Passage.Path, c.Passage.Line, c.Passage.Date, c.Passage.Speaker, c.Passage.Quote))],
            [.. result.Tasks.Select(t => TaskView.From(t.Row, today))],
            [.. result.Passages.Select((p, i) => Passage.From(i + 1, p))],
            answer.InputTokens);
    }

    /// <summary>A source the answer shows, by the number it cites.</summary>
    internal sealed record Citation(int N, string Path, int? Line, string? Date, string? Speaker, string Quote);

    /// <summary>A retrieved passage: where it is (the file and line, and the meeting note it belongs to), who said it and when.</summary>
    internal sealed record Passage(int N, string Path, int? Line, string Note, string Title, string? Date, string? Speaker, string? Time, string? Section, string Quote, double Score)
    {
        public static Passage From(int n, AskPassage p) => new(n, p.Path, p.Line, p.NotePath, p.Title, p.Date, p.Speaker, p.Time, p.Section, p.Quote, p.Score);
    }
}
