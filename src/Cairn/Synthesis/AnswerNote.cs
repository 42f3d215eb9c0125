using System.Text;
using Cairn.Notes;
using Cairn.Vault;

namespace Cairn.Synthesis;

/// <summary>
/// An answer as a note: <c>YYYY-MM-DD - Question.md</c> in the layout's answers folder (<c>Answers</c>), frontmatter <c>type: answer</c>, the answer as
/// printed, then its numbered sources, each linking its meeting note (and the archived source it quotes).
/// </summary>
public static class AnswerNote
{
    public static string PathFor(string question, DateOnly today, string folder) => $"{folder}/{SafeName.For($"{IsoDate.Format(today)} - {YamlText.OneLine(question)}")}.md";

    /// <param name="text">The answer as printed, each <c>[n]</c> the number of one of <paramref name="sources"/>.</param>
    /// <param name="model">The model that wrote it; null offline.</param>
    public static string Render(string question, string text, string? model, IReadOnlyList<AskCitation> sources, DateOnly today)
    {
        question = YamlText.OneLine(question);
        var sb = new StringBuilder()
            .Append("---\n").Append(NoteProperties.Type).Append(": answer\n")
            .Append(NoteProperties.Title).Append(": ").Append(YamlText.DoubleQuoted(question)).Append('\n')
            .Append(NoteProperties.Date).Append(": \"").Append(IsoDate.Format(today)).Append("\"\n")
            .Append("model: ").Append(model is null ? "null" : YamlText.DoubleQuoted(model)).Append('\n')
            .Append(NoteProperties.Tags).Append(":\n  - \"type/answer\"\n  - \"generated\"\n---\n\n")
            .Append("# ").Append(MarkdownText.Inline(question)).Append("\n\n")
            .Append(text).Append("\n\n## Sources\n\n");
        if (sources.Count == 0)
        {
            sb.Append("- (none)\n");
        }

        foreach (var (n, passage) in sources.Select(c => (c.N, c.Passage)))
        {
            sb.Append(n).Append(". ").Append(passage.Date ?? "undated").Append(' ').Append(BriefNote.Link(passage.NotePath));
            if (passage.Speaker is not null)
            {
                sb.Append(" · ").Append(MarkdownText.Inline(passage.Speaker)).Append(passage.Time is null ? string.Empty : " " + passage.Time);
            }

            sb.Append(" — \"").Append(MarkdownText.Inline(passage.Quote)).Append('"');
            if (passage.FromSource)
            {
                sb.Append(" (").Append(Wikilink.Format(passage.Path, "source")).Append(')');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
