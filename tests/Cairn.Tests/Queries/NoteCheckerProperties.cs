using Cairn.Notes;
using Cairn.Queries;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cairn.Tests.Queries;

/// <summary>Whatever a note's frontmatter holds, reading it and checking it returns values, never throws.</summary>
public sealed class NoteCheckerProperties
{
    private static readonly string[] Hostile =
    [
        "key: value", "&anchor a: 1", "b: *anchor", "c: *undefined", "<<: *x", "? complex", ": novalue", "{", "[", "]",
        "%YAML 1.1", "--- !tag", "key: !!int abc", "key: !!binary ???", "\tkey: tab", "  - orphan", "dup: 1", "dup: 2",
        "list: [a, b", "text: \"unterminated", "'quoted key': 1", "x: |", "  block", "y: >-", "#comment", "...",
        "key: @at", "key: `tick`", "nested:", "  deep: [1, {a: b}]", "\u0000", "\uFFFD\uFFFE",
    ];

    private static Gen<string> NoteGen =>
        from lines in Gen.ListOf(Gen.Elements(Hostile))
        from closed in Gen.Elements(true, false)
        select "---\n" + string.Join('\n', lines) + (closed ? "\n---\n# T\n- [ ] task 📅 2025-02-30 [[X]]\n" : "\n");

    [Property(MaxTest = 500)]
    public Property Checking_any_frontmatter_returns_problems_as_values() =>
        Prop.ForAll(Arb.From(NoteGen), text =>
        {
            var note = NoteDocument.Parse(text);
            foreach (var key in note.Frontmatter.Keys)
            {
                _ = note.Frontmatter.GetString(key);
                _ = note.Frontmatter.GetList(key);
            }

            var problems = NoteChecker.Check(new VaultNote("n.md", note), new LinkResolver([]));
            return problems.All(p => p.File == "n.md" && p.Problem.Length > 0 && !p.Problem.Contains('\n'));
        });
}
