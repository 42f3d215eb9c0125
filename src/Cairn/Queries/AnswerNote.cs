using System.Text;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// An answer as a note: <c>Answers/YYYY-MM-DD - Question.md</c>, frontmatter <c>type: answer</c>, the answer as
/// printed, then its numbered sources, each linking its meeting note (and the archived source it quotes).
/// </summary>
public static class AnswerNote
{
    public const string Folder = "Answers";

    public static string PathFor(string question, DateOnly today) => $"{Folder}/{SafeName.For($"{BriefNote.Iso(today)} - {YamlText.OneLine(question)}")}.md";

    public static string Render(AskAnswer answer, DateOnly today)
    {
        var question = YamlText.OneLine(answer.Result.Question.Text);
        var sb = new StringBuilder()
            .Append("---\ntype: answer\n")
            .Append("title: ").Append(YamlText.DoubleQuoted(question)).Append('\n')
            .Append("date: \"").Append(BriefNote.Iso(today)).Append("\"\n")
            .Append("model: ").Append(answer.Model is null ? "null" : YamlText.DoubleQuoted(answer.Model)).Append('\n')
            .Append("tags:\n  - \"type/answer\"\n  - \"generated\"\n---\n\n")
            .Append("# ").Append(MarkdownText.Inline(question)).Append("\n\n")
            .Append(answer.Text).Append("\n\n## Sources\n\n");
        if (answer.Sources.Count == 0)
        {
            sb.Append("- (none)\n");
        }

        foreach (var (n, passage) in answer.Sources.Select(c => (c.N, c.Passage)))
        {
            sb.Append(n).Append(". ").Append(passage.Date ?? "undated").Append(' ').Append(BriefNote.Link(passage.NotePath));
            if (passage.Speaker is not null)
            {
                sb.Append(" · ").Append(MarkdownText.Inline(passage.Speaker)).Append(passage.Time is null ? string.Empty : " " + passage.Time);
            }

            sb.Append(" — \"").Append(MarkdownText.Inline(passage.Quote)).Append('"');
            if (passage.FromSource)
            {
                sb.Append(" ([[").Append(passage.Path).Append("|source]])");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
