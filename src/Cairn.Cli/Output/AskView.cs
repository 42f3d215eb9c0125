using Cairn.Queries;
using Cairn.Synthesis;

namespace Cairn.Cli.Output;

/// <summary>
/// <c>cairn ask</c> for a person: the answer, then its numbered sources, each
/// <c>[1] 2025-11-03 Title · Speaker 00:14 "quote"</c> over the path and line it is at (and the meeting's wikilink when
/// the quote is from an archived source). Plain text, so it pipes.
/// </summary>
internal static class AskView
{
    public static void Print(TextWriter output, AskAnswer answer)
    {
        output.WriteLine(answer.Text);
        if (answer.Sources.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Sources");
        foreach (var (n, p) in answer.Sources.Select(c => (c.N, c.Passage)))
        {
            var speaker = p.Speaker is null ? string.Empty : $" · {p.Speaker}{(p.Time is null ? string.Empty : " " + p.Time)}";
            output.WriteLine($"[{n}] {p.Date ?? "undated"} {p.Title}{speaker} \"{p.Quote}\"");
            output.WriteLine($"    {p.Path}{(p.Line is { } line ? ":" + line : string.Empty)}{(p.FromSource ? $"  ({BriefNote.Link(p.NotePath)})" : string.Empty)}");
        }
    }
}
