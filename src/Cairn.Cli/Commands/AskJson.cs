using Cairn.Queries;

namespace Cairn.Cli.Commands;

/// <summary>
/// DESIGN.md's <c>ask</c> shape: <c>{question, answer, model, citations: [{n, path, line, date, speaker, quote}],
/// tasks, passages}</c>. Citations are the sources the answer shows; passages every passage retrieved, numbered as the
/// answer cites them; tasks the structured answer's tasks (the JSON task shape).
/// </summary>
internal static class AskJson
{
    public static object From(AskAnswer answer, DateOnly today)
    {
        var result = answer.Result;
        return new
        {
            question = result.Question.Text,
            answer = answer.Text,
            model = answer.Model,
            citations = answer.Sources.Select(c => new { n = c.N, path = c.Passage.Path, line = c.Passage.Line, date = c.Passage.Date, speaker = c.Passage.Speaker, quote = c.Passage.Quote }),
            tasks = result.Tasks.Select(t => TaskView.From(t.Row, today)),
            passages = result.Passages.Select((p, i) => new
            {
                n = i + 1,
                path = p.Path,
                line = p.Line,
                note = p.NotePath,
                title = p.Title,
                date = p.Date,
                speaker = p.Speaker,
                time = p.Time,
                section = p.Section,
                quote = p.Quote,
                score = p.Score,
            }),
            input_tokens = answer.InputTokens,
        };
    }
}
