using Cairn.Commit;
using FsCheck;
using FsCheck.Fluent;

namespace Cairn.Tests.Commit;

public sealed class ThreeWayMergeTests
{
    private const string Base = """
        ---
        type: person
        last_contact: 2025-11-01
        ---
        # Jane Doe

        ## Open Tasks
        - [ ] Send the deck @Jane Doe #task
        - [ ] Book the venue @Jane Doe #task

        ## Key Facts
        - Runs procurement

        """;

    [Fact]
    public void A_ticked_task_stays_ticked_while_new_text_lands()
    {
        var theirs = Base.Replace("- [ ] Send the deck", "- [x] Send the deck");
        var ours = Base.Replace("2025-11-01", "2025-11-20").Replace("- Runs procurement", "- Runs procurement\n- Prefers email");
        var merged = ThreeWayMerge.Merge(Base, ours, theirs);
        Assert.Equal(0, merged.Suggestions);
        Assert.Contains("- [x] Send the deck", merged.Text);
        Assert.Contains("last_contact: 2025-11-20", merged.Text);
        Assert.Contains("- Prefers email", merged.Text);
    }

    [Fact]
    public void A_generated_line_the_person_deleted_is_not_re_added()
    {
        var theirs = Base.Replace("- [ ] Book the venue @Jane Doe #task\n", string.Empty);
        var ours = Base.Replace("2025-11-01", "2025-11-20");
        var merged = ThreeWayMerge.Merge(Base, ours, theirs).Text;
        Assert.DoesNotContain("Book the venue", merged);
        Assert.Contains("2025-11-20", merged);
    }

    [Fact]
    public void Text_the_person_added_stays_where_they_put_it()
    {
        var theirs = Base.Replace("## Key Facts\n", "## Key Facts\nMy own note about Jane.\n");
        var ours = Base.Replace("- Runs procurement", "- Runs procurement\n- Prefers email");
        var merged = ThreeWayMerge.Merge(Base, ours, theirs).Text;
        Assert.Contains("## Key Facts\nMy own note about Jane.\n- Runs procurement\n- Prefers email\n", merged);
    }

    [Fact]
    public void Same_region_changed_by_both_keeps_the_person_and_offers_the_new_text()
    {
        var theirs = Base.Replace("- Runs procurement\n", "- Runs procurement for EMEA (I checked)\n- Reports to the CFO\n");
        var ours = Base.Replace("- Runs procurement\n", "- Runs procurement and legal\n");
        var merged = ThreeWayMerge.Merge(Base, ours, theirs);
        Assert.Equal(1, merged.Suggestions);
        Assert.Contains("- Runs procurement for EMEA (I checked)\n- Reports to the CFO\n\n> [!cairn] Cairn suggests\n> - Runs procurement and legal\n\n", merged.Text);
    }

    [Fact]
    public void A_conflict_inside_the_frontmatter_is_offered_after_it()
    {
        var theirs = Base.Replace("last_contact: 2025-11-01\n", "last_contact: 2025-10-30\nmood: busy\n");
        var ours = Base.Replace("last_contact: 2025-11-01\n", "last_contact: 2025-11-20\n");
        var merged = ThreeWayMerge.Merge(Base, ours, theirs).Text;
        Assert.StartsWith("---\ntype: person\nlast_contact: 2025-10-30\nmood: busy\n---\n> [!cairn] Cairn suggests\n> last_contact: 2025-11-20\n", merged);
    }

    [Fact]
    public void Identical_changes_merge_once()
    {
        var both = Base.Replace("- Runs procurement", "- Runs procurement\n- Prefers email");
        var merged = ThreeWayMerge.Merge(Base, both, both);
        Assert.Equal(both, merged.Text);
        Assert.Equal(0, merged.Suggestions);
    }

    [Fact]
    public void A_second_run_with_the_same_output_leaves_an_earlier_suggestion_alone()
    {
        var theirs = Base.Replace("- Runs procurement\n", "- Runs procurement for EMEA\n");
        var ours = Base.Replace("- Runs procurement\n", "- Runs procurement and legal\n");
        var first = ThreeWayMerge.Merge(Base, ours, theirs).Text;
        var second = ThreeWayMerge.Merge(ours, ours, first);
        Assert.Equal(first, second.Text);
        Assert.Equal(0, second.Suggestions);
    }

    [Fact]
    public void Crlf_files_merge_as_lf()
    {
        var theirs = Base.Replace("\n", "\r\n").Replace("- [ ] Send", "- [x] Send");
        var merged = ThreeWayMerge.Merge(Base, Base, theirs).Text;
        Assert.Equal(Base.Replace("- [ ] Send", "- [x] Send"), merged);
    }

    [Fact]
    public void Unchanged_theirs_gives_ours() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Texts(), Texts(), (b, x) => ThreeWayMerge.Merge(b, x, b).Text == x));

    [Fact]
    public void Unchanged_ours_gives_theirs() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Texts(), Texts(), (b, y) => ThreeWayMerge.Merge(b, b, y).Text == y));

    [Fact]
    public void Identical_sides_give_that_side() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Texts(), Texts(), (b, x) => ThreeWayMerge.Merge(b, x, x).Text == x));

    [Fact]
    public void Diff_matches_are_equal_lines_in_increasing_order() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Texts(), Texts(), (a, b) =>
        {
            var x = a.Split('\n');
            var y = b.Split('\n');
            var match = LineDiff.Match(x, y);
            var matched = match.Select((j, i) => (i, j)).Where(p => p.j >= 0).ToList();
            return matched.All(p => x[p.i] == y[p.j])
                && matched.Zip(matched.Skip(1)).All(p => p.First.j < p.Second.j)
                && matched.Count == Lcs(x, y);
        }));

    private static int Lcs(string[] x, string[] y)
    {
        var table = new int[x.Length + 1, y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                table[i, j] = x[i - 1] == y[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[x.Length, y.Length];
    }

    /// <summary>Short texts over few distinct lines, so the sides share and reorder lines often.</summary>
    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements("", "---", "# A", "- [ ] a", "- [x] a", "b", "c", "> q"))
            .Select(lines => string.Join('\n', lines))
            .ToArbitrary();
}
