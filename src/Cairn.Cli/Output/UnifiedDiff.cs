using System.Text;
using Cairn.Commit;

namespace Cairn.Cli.Output;

/// <summary>A unified diff of one note (<c>--- a/path</c>, <c>+++ b/path</c>, hunks with three lines of context).</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Format(string path, string? before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var ops = Operations(a, b);
        var text = new StringBuilder();
        text.Append(before is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append($"+++ b/{path}\n");
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count && (ops[end].Kind != ' ' || NextChangeWithin(ops, end, Context * 2)))
            {
                end++;
            }

            end = Math.Min(ops.Count, end + Context);
            AppendHunk(text, ops, start, end);
            i = end;
        }

        return text.ToString();
    }

    private static bool NextChangeWithin(List<(char Kind, string Line, int A, int B)> ops, int from, int distance)
    {
        for (var k = from; k < ops.Count && k <= from + distance; k++)
        {
            if (ops[k].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendHunk(StringBuilder text, List<(char Kind, string Line, int A, int B)> ops, int start, int end)
    {
        var slice = ops.Skip(start).Take(end - start).ToList();
        var aCount = slice.Count(o => o.Kind != '+');
        var bCount = slice.Count(o => o.Kind != '-');
        var aStart = aCount == 0 ? slice[0].A : slice.First(o => o.Kind != '+').A + 1;
        var bStart = bCount == 0 ? slice[0].B : slice.First(o => o.Kind != '-').B + 1;
        text.Append($"@@ -{aStart},{aCount} +{bStart},{bCount} @@\n");
        foreach (var op in slice)
        {
            text.Append(op.Kind).Append(op.Line).Append('\n');
        }
    }

    private static List<(char Kind, string Line, int A, int B)> Operations(string[] a, string[] b)
    {
        var match = LineDiff.Match(a, b);
        var ops = new List<(char, string, int, int)>();
        var j = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (match[i] < 0)
            {
                ops.Add(('-', a[i], i, j));
                continue;
            }

            for (; j < match[i]; j++)
            {
                ops.Add(('+', b[j], i, j));
            }

            ops.Add((' ', a[i], i, j));
            j++;
        }

        for (; j < b.Length; j++)
        {
            ops.Add(('+', b[j], a.Length, j));
        }

        return ops;
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
