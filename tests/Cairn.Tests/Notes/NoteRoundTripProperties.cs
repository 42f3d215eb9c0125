using Cairn.Notes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cairn.Tests.Notes;

/// <summary>Parse → ToString is byte-identical for any note; editing one task changes only its line.</summary>
public sealed class NoteRoundTripProperties
{
    private static readonly string[] Fragments =
    [
        "# Title", "## Action Items", "### Sub  heading ##", "", "   ", "plain text with [[Link]] and #tag",
        "- [ ] Draft the write-up @Myself ⏫ 📅 2025-11-07 #task", "- [x] Done thing ✅ 2025-01-02",
        "  * [/] nested in progress 🔁 every week ^blk-1", "> - [-] quoted cancelled ❌ 2024-02-30",
        "1. [?] odd status @Jeff Denworth #task", "- [ ] bad date 📅 2025-13-45", "- [ ]", "-[ ] not a task",
        "```", "~~~md", "%%", "<!--", "-->", "![[image.png|100x145]] [[Note#Heading|alias]] [[#^block]]",
        "key: value", "---", "\t\ttabbed\t", "junk \u0001\u0002 \uFFFD binary", "🔺⏫🔼🔽⏬ emoji soup 🆔 x ⛔ a,b",
        "trailing spaces   ", "`code [[NotLink]] #notag`", "#1984 is not a tag, #a1 is",
    ];

    private static readonly string[] FrontmatterLines =
    [
        "type: \"customer\"", "title: Lior Genzel", "last_contact: '2025-11-07'", "tags:", "  - \"type/customer\"",
        "- generated", "participants: [\"A\", \"B\"]", "# a comment", "unknown_key: 42", "", "nested:", "  child: 1",
    ];

    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    private static Gen<string> NoteGen =>
        from bom in Gen.Elements(string.Empty, "\uFEFF")
        from hasFrontmatter in Gen.Elements(true, false)
        from fm in Gen.ListOf(Gen.Elements(FrontmatterLines))
        from body in Gen.ListOf(Gen.Elements(Fragments))
        from endings in Gen.ListOf(Gen.Elements(Endings))
        from finalEnding in Gen.Elements(string.Empty, "\n", "\r\n")
        select Join(bom, hasFrontmatter ? ["---", .. fm, "---", .. body] : [.. body], [.. endings], finalEnding);

    [Property(MaxTest = 300)]
    public Property Parse_then_ToString_gives_the_same_bytes() =>
        Prop.ForAll(Arb.From(NoteGen), text => NoteDocument.Parse(text).ToString() == text);

    [Property(MaxTest = 300)]
    public Property Editing_one_task_changes_only_its_line() =>
        Prop.ForAll(Arb.From(NoteGen), text =>
        {
            var note = NoteDocument.Parse(text);
            if (note.Tasks.Count == 0)
            {
                return true;
            }

            var task = note.Tasks[^1];
            var before = note.Lines.ToArray();
            note.ReplaceLine(task.Line, (task with { StatusChar = 'x', Done = new DateOnly(2025, 11, 20) }).Format());
            var after = note.Lines;
            return after.Count == before.Length
                && Enumerable.Range(0, before.Length).All(i => i == task.Line - 1 || after[i] == before[i])
                && note.ToString().Length >= text.Length - task.Raw.Length;
        });

    private static string Join(string bom, string[] lines, string[] endings, string finalEnding)
    {
        var sb = new System.Text.StringBuilder(bom);
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]);
            sb.Append(i == lines.Length - 1 ? finalEnding : endings.Length == 0 ? "\n" : endings[i % endings.Length]);
        }

        return sb.ToString();
    }
}
